import * as z from 'zod/mini';
import { Slug, WebUrl } from './primitives.js';

/**
 * A source that facts in the feed cite: one of the strategy documents (its text published with
 * the feed) or an official statistics release an officer took a newer figure from (its address).
 */
export const SourceDocument = z.object({
  id: Slug,
  title: z.string().check(z.minLength(1, 'must not be empty')),
  published: z.number().check(z.int(), z.minimum(1900), z.maximum(2100)),
  /** Who issued the facts cited from it, where that is not whoever published the page (a news report of a Living Wage Foundation announcement). */
  publisher: z.optional(z.string().check(z.minLength(1, 'must not be empty'))),
  /** Where the text of the document is published with the feed, relative to the manifest. */
  file: z.optional(z.string()),
  /** Where the source is published on the web, for sources whose text is not in the feed. */
  url: z.optional(WebUrl),
});
export type SourceDocument = z.infer<typeof SourceDocument>;
