import * as z from 'zod/mini';
import { SectorId, type Sector } from '@luton2040/schema';
import { Text, WholeNumber } from '../cells.js';
import { citationFrom } from '../citation.js';
import type { DatasetTable } from '../dataset-table.js';
import { oneOf } from '../table.js';

/** sectors.csv: the ESS priority growth sectors, named as the strategy names them (vacancies are tagged with them). */
export const sectorsTable: DatasetTable<Sector> = {
  name: 'sectors',
  columns: ['id', 'order', 'name', 'doc', 'section', 'quote'],
  cells: z.object({ id: oneOf(SectorId.options), order: WholeNumber, name: Text, doc: Text, section: Text }),
  toRecord: (v) => ({ id: v.id!.trim() as Sector['id'], order: Number(v.order), name: v.name!.trim(), citation: citationFrom(v) }),
  key: { field: 'id', of: (r) => r.id },
};
