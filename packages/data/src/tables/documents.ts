import * as z from 'zod/mini';
import type { SourceDocument } from '@luton2040/schema';
import { OptionalText, OptionalWebAddressCell, Text, WholeNumber, optional } from '../cells.js';
import type { Table } from '../table.js';

/**
 * documents.csv: the sources facts are cited from. A strategy document has its text in `sources/`
 * (`file`), which the quote check reads; an official statistics release has its web address
 * (`url`, an optional column) instead.
 */
export const documentsTable: Table<SourceDocument> = {
  name: 'documents',
  columns: ['id', 'file', 'title', 'published'],
  cells: z
    .object({ id: Text, file: OptionalText, title: Text, published: WholeNumber, url: z.optional(OptionalWebAddressCell) })
    .check(z.refine((v) => Boolean(v.file || v.url), { message: 'must name the text file in sources/, or give the url column', path: ['file'] })),
  toRecord: (v) => {
    const file = optional(v.file);
    const url = optional(v.url);
    return { id: v.id!.trim(), title: v.title!.trim(), published: Number(v.published), ...(file ? { file } : {}), ...(url ? { url } : {}) };
  },
};
