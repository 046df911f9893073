import * as z from 'zod/mini';
import type { Setting } from '@luton2040/schema';
import { IdCell, OptionalText, Text, optional } from '../cells.js';
import { citationFrom } from '../citation.js';
import type { DatasetTable } from '../dataset-table.js';

/**
 * settings.csv: named values the feed needs, each explained in its note; `doc`, `section` and
 * `quote` are optional columns, filled where a document gives the value.
 */
export const settingsTable: DatasetTable<Setting> = {
  name: 'settings',
  columns: ['key', 'value', 'note'],
  cells: z.object({ key: IdCell, value: Text, note: OptionalText, doc: z.optional(OptionalText), section: z.optional(OptionalText) }),
  toRecord: (v) => {
    const note = optional(v.note);
    return {
      key: v.key!.trim(),
      value: v.value!.trim(),
      ...(note ? { note } : {}),
      ...(optional(v.doc) ? { citation: citationFrom(v) } : {}),
    };
  },
  key: { field: 'key', of: (s) => s.key },
};
