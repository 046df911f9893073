import * as z from 'zod/mini';
import type { SourceDocument } from '@luton2040/schema';
import { Text, WholeNumber } from '../cells.js';
import type { Table } from '../table.js';

/** documents.csv: the source documents facts are cited from; their text lives in `sources/`. */
export const documentsTable: Table<SourceDocument & { file: string }> = {
  name: 'documents',
  columns: ['id', 'file', 'title', 'published'],
  cells: z.object({ id: Text, file: Text, title: Text, published: WholeNumber }),
  toRecord: (v) => ({ id: v.id!.trim(), file: v.file!.trim(), title: v.title!.trim(), published: Number(v.published) }),
};
