import * as z from 'zod/mini';
import { IdCell, Text } from '../cells.js';
import { citationFrom } from '../citation.js';
import type { DatasetTable } from '../dataset-table.js';
import type { Luton2040Priority } from '@luton2040/schema';

/** A priority as its row defines it; outcomes and developments are attached from luton2040-outcomes.csv. */
export type Luton2040PriorityDefinition = Omit<Luton2040Priority, 'targetOutcomes' | 'developments2028'>;

/** luton2040-priorities.csv: the five priorities of the Luton 2040 vision refresh. */
export const luton2040PrioritiesTable: DatasetTable<Luton2040PriorityDefinition> = {
  name: 'luton2040-priorities',
  columns: ['id', 'order', 'title', 'doc', 'section'],
  cells: z.object({
    id: IdCell,
    order: z.string().check(z.trim(), z.regex(/^[1-5]$/, 'must be 1, 2, 3, 4 or 5')),
    title: Text,
    doc: Text,
    section: Text,
  }),
  toRecord: (v) => ({ id: v.id!.trim(), order: Number(v.order), title: v.title!.trim(), citation: citationFrom(v) }),
  key: { field: 'id', of: (r) => r.id },
};
