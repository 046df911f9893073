import * as z from 'zod/mini';
import { OptionalText, Text } from '../cells.js';
import type { Table } from '../table.js';

export interface Setting {
  key: string;
  value: string;
  note?: string;
}

/** settings.csv: named values the documents do not give, each explained in its note. */
export const settingsTable: Table<Setting> = {
  name: 'settings',
  columns: ['key', 'value', 'note'],
  cells: z.object({ key: Text, value: Text, note: OptionalText }),
  toRecord: (v) => ({ key: v.key!.trim(), value: v.value!.trim(), ...(v.note?.trim() ? { note: v.note.trim() } : {}) }),
};
