import * as z from 'zod/mini';
import { PledgeSchemeId, PledgeSchemeKind, type PledgeSchemeItem } from '@luton2040/schema';
import { IdCell, OptionalText, Text, WholeNumber, optional } from '../cells.js';
import { citationFrom } from '../citation.js';
import type { DatasetTable } from '../dataset-table.js';
import { oneOf } from '../table.js';

/** pledge-schemes.csv: the refresh's examples of Luton 2040 Pledge commitments, and the ESS partnership pledges and expectations. */
export const pledgeSchemesTable: DatasetTable<PledgeSchemeItem> = {
  name: 'pledge-schemes',
  columns: ['scheme', 'kind', 'id', 'order', 'text', 'priority', 'doc', 'section', 'quote'],
  cells: z.object({
    scheme: oneOf(PledgeSchemeId.options),
    kind: oneOf(PledgeSchemeKind.options),
    id: IdCell,
    order: WholeNumber,
    text: Text,
    priority: OptionalText,
    doc: Text,
    section: Text,
  }),
  toRecord: (v) => {
    const priority = optional(v.priority);
    return {
      scheme: v.scheme!.trim() as PledgeSchemeItem['scheme'],
      kind: v.kind!.trim() as PledgeSchemeItem['kind'],
      id: v.id!.trim(),
      order: Number(v.order),
      text: v.text!.trim(),
      ...(priority ? { priority } : {}),
      citation: citationFrom(v),
    };
  },
  key: { field: 'id', of: (r) => r.id },
  refs: { priority: { to: 'luton2040Priorities', what: 'Luton 2040 priority id' } },
};
