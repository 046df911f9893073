import * as z from 'zod/mini';
import { Citation, Slug } from './primitives.js';

/** One of the four strategic priorities of the Employment & Skills Strategy 2022-27. */
export const EssPriority = z.object({
  id: Slug,
  number: z.number().check(z.int(), z.minimum(1), z.maximum(4)),
  title: z.string().check(z.minLength(1, 'must not be empty')),
  citation: Citation,
});
export type EssPriority = z.infer<typeof EssPriority>;
