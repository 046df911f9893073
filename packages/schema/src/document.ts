import * as z from 'zod/mini';
import { Slug } from './primitives.js';

/** A source document that facts in the feed cite. */
export const SourceDocument = z.object({
  id: Slug,
  title: z.string().check(z.minLength(1, 'must not be empty')),
  published: z.number().check(z.int(), z.minimum(1900), z.maximum(2100)),
  /** Where the text of the document is published with the feed, relative to the manifest. */
  file: z.optional(z.string()),
});
export type SourceDocument = z.infer<typeof SourceDocument>;
