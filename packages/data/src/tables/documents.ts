import * as z from 'zod/mini';
import type { SourceDocument } from '@luton2040/schema';
import { OptionalText, OptionalWebAddressCell, Text, WholeNumber, optional } from '../cells.js';
import type { DatasetTable } from '../dataset-table.js';

/**
 * documents.csv: the sources facts are cited from. A strategy document has its text in `sources/`
 * (`file`), which the quote check reads; an official statistics release has its web address
 * (`url`, an optional column) instead. `publisher` (optional) names who issued the facts, where
 * that is not whoever published the page (a news report of a Living Wage Foundation announcement).
 */
export const documentsTable: DatasetTable<SourceDocument> = {
  name: 'documents',
  columns: ['id', 'file', 'title', 'published'],
  cells: z
    .object({ id: Text, file: OptionalText, title: Text, published: WholeNumber, url: z.optional(OptionalWebAddressCell), publisher: z.optional(OptionalText) })
    .check(z.refine((v) => Boolean(v.file || v.url), { message: 'must name the text file in sources/, or give the url column', path: ['file'] })),
  toRecord: (v) => {
    const file = optional(v.file);
    const url = optional(v.url);
    const publisher = optional(v.publisher);
    return { id: v.id!.trim(), title: v.title!.trim(), published: Number(v.published), ...(publisher ? { publisher } : {}), ...(file ? { file } : {}), ...(url ? { url } : {}) };
  },
  key: { field: 'id', of: (r) => r.id },
};
