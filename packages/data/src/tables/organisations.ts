import * as z from 'zod/mini';
import type { Organisation } from '@luton2040/schema';
import { IdCell, OptionalText, Text, optional } from '../cells.js';
import { citationFrom } from '../citation.js';
import type { DatasetTable } from '../dataset-table.js';

/** organisations.csv: delivery owners and partners, names expanded from the plan's acronyms. */
export const organisationsTable: DatasetTable<Organisation> = {
  name: 'organisations',
  columns: ['id', 'name', 'acronym', 'doc', 'section'],
  cells: z.object({ id: IdCell, name: Text, acronym: OptionalText, doc: Text, section: Text }),
  toRecord: (v) => {
    const acronym = optional(v.acronym);
    return { id: v.id!.trim(), name: v.name!.trim(), ...(acronym ? { acronym } : {}), citation: citationFrom(v) };
  },
  key: { field: 'id', of: (r) => r.id },
};
