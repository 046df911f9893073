import * as z from 'zod/mini';
import { Citation, NonEmpty, Slug } from './primitives.js';

/** One target outcome, or one development promised by 2028, of a Luton 2040 priority. */
export const PriorityStatement = z.object({
  /** Position in the document's list, from 1. */
  order: z.number().check(z.int(), z.minimum(1)),
  text: NonEmpty,
  citation: Citation,
});
export type PriorityStatement = z.infer<typeof PriorityStatement>;

/**
 * One of the five priorities of the Luton 2040 vision refresh (2023-2028), with its five target
 * outcomes and its "major developments by 2028". Ids are fixed because documents order them differently.
 */
export const Luton2040Priority = z.object({
  id: Slug,
  /** Position in the refresh's own list, from 1. */
  order: z.number().check(z.int(), z.minimum(1), z.maximum(5)),
  title: NonEmpty,
  targetOutcomes: z.array(PriorityStatement),
  developments2028: z.array(PriorityStatement),
  citation: Citation,
});
export type Luton2040Priority = z.infer<typeof Luton2040Priority>;
