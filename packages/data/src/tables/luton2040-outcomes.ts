import * as z from 'zod/mini';
import type { PriorityStatement } from '@luton2040/schema';
import { IdCell, Text, WholeNumber } from '../cells.js';
import { citationFrom } from '../citation.js';
import type { DatasetTable } from '../dataset-table.js';
import { oneOf } from '../table.js';

export const outcomeKinds = ['target-outcome', 'development-2028'] as const;

/** One target outcome or 2028 development, with the priority it belongs to. */
export interface OutcomeRow extends PriorityStatement {
  priority: string;
  kind: (typeof outcomeKinds)[number];
}

/** luton2040-outcomes.csv: each priority's target outcomes and "major developments by 2028". */
export const luton2040OutcomesTable: DatasetTable<OutcomeRow> = {
  name: 'luton2040-outcomes',
  columns: ['priority', 'kind', 'order', 'text', 'doc', 'section'],
  cells: z.object({ priority: IdCell, kind: oneOf(outcomeKinds), order: WholeNumber, text: Text, doc: Text, section: Text }),
  toRecord: (v) => ({
    priority: v.priority!.trim(),
    kind: v.kind!.trim() as OutcomeRow['kind'],
    order: Number(v.order),
    text: v.text!.trim(),
    citation: citationFrom(v),
  }),
  key: { field: 'order', of: (o) => `${o.priority} ${o.kind} ${o.order}` },
  refs: { priority: { to: 'luton2040Priorities', what: 'Luton 2040 priority id' } },
};
