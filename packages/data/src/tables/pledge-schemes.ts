import * as z from 'zod/mini';
import { PledgeSchemeId, PledgeSchemeKind, type PledgeSchemeItem } from '@luton2040/schema';
import { IdCell, OptionalText, Text, WholeNumber, optional } from '../cells.js';
import { citationFrom } from '../citation.js';
import { oneOf, type Table } from '../table.js';

/** pledge-schemes.csv: the Luton 2040 Pledge commitment categories and the ESS partnership pledges and expectations. */
export const pledgeSchemesTable: Table<PledgeSchemeItem> = {
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
};
