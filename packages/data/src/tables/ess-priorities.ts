import * as z from 'zod/mini';
import type { EssPriority } from '@luton2040/schema';
import { Text } from '../cells.js';
import { citationFrom } from '../citation.js';
import type { DatasetTable } from '../dataset-table.js';

/** ess-priorities.csv: the four strategic priorities of the Employment & Skills Strategy. */
export const essPrioritiesTable: DatasetTable<EssPriority> = {
  name: 'ess-priorities',
  columns: ['id', 'number', 'title', 'doc', 'section'],
  cells: z.object({
    id: Text,
    number: z.string().check(z.trim(), z.regex(/^[1-4]$/, 'must be 1, 2, 3 or 4')),
    title: Text,
    doc: Text,
    section: Text,
  }),
  toRecord: (v) => ({ id: v.id!.trim(), number: Number(v.number), title: v.title!.trim(), citation: citationFrom(v) }),
  key: { field: 'id', of: (r) => r.id },
};
