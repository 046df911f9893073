import * as z from 'zod/mini';
import { Citation, NonEmpty, Slug } from './primitives.js';

/** A delivery owner or partner named by the Implementation Plan (acronyms expanded from its appendix). */
export const Organisation = z.object({
  id: Slug,
  name: NonEmpty,
  /** The acronym the plan uses, e.g. `UoB`, where it uses one. */
  acronym: z.optional(z.string()),
  citation: Citation,
});
export type Organisation = z.infer<typeof Organisation>;
