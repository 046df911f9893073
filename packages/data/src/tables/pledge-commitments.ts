import * as z from 'zod/mini';
import type { PledgeCommitment, PledgeSchemeItem } from '@luton2040/schema';
import { IdCell, Text, optional } from '../cells.js';
import type { DatasetTable } from '../dataset-table.js';

/** One commitment with the pledge it belongs to. */
export interface PledgeCommitmentRow extends PledgeCommitment {
  pledge: string;
}

/** pledge-commitments.csv: each pledge's commitments, one per row, under a Luton 2040 priority. */
export const pledgeCommitmentsTable: DatasetTable<PledgeCommitmentRow> = {
  name: 'pledge-commitments',
  columns: ['pledge', 'priority', 'category', 'text'],
  cells: z.object({
    pledge: IdCell,
    priority: IdCell,
    category: z.string().check(z.trim(), z.regex(/^(?:[a-z0-9]+(?:-[a-z0-9]+)*)?$/, 'must be a commitment example id from pledge-schemes.csv, or empty')),
    text: Text,
  }),
  toRecord: (v) => {
    const category = optional(v.category);
    return { pledge: v.pledge!.trim(), priority: v.priority!.trim(), ...(category ? { category } : {}), text: v.text!.trim() };
  },
  refs: {
    pledge: { to: 'pledges', what: 'pledge id' },
    priority: { to: 'luton2040Priorities', what: 'Luton 2040 priority id' },
    category: { to: 'pledgeSchemes', what: 'commitment example id', where: (s: PledgeSchemeItem) => s.kind === 'commitment-example' || s.kind === 'commitment-category' },
  },
  samples: true,
};

