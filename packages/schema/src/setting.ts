import * as z from 'zod/mini';
import { Citation, NonEmpty, Slug } from './primitives.js';

/**
 * A named value the feed needs but the documents do not fix, e.g. `plan-year-1-start` (the plan
 * never says when its Year 1 begins), published so that widgets can say it is assumed.
 */
export const Setting = z.object({
  key: Slug,
  value: NonEmpty,
  /** Why the value is what it is, and what it assumes. */
  note: z.optional(z.string()),
  /** Present when a document gives the value. */
  citation: z.optional(Citation),
  /** True for a made-up demonstration value. */
  sample: z.optional(z.boolean()),
});
export type Setting = z.infer<typeof Setting>;
