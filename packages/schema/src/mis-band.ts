import * as z from 'zod/mini';
import { Citation, NonEmpty } from './primitives.js';

/** An annual household income threshold as the document writes it ("> £67,719", "up to £34,099", "£0"), and parsed. */
export const IncomeThreshold = z.object({
  text: NonEmpty,
  /** Income must be above this many pounds ("> £67,719"). */
  above: z.optional(z.number()),
  /** Income is at most this many pounds ("up to £34,099"; "£0" is at most 0). */
  upTo: z.optional(z.number()),
});
export type IncomeThreshold = z.infer<typeof IncomeThreshold>;

/** One band (A to E) of the Lutonised Minimum Income Standard, the refresh's primary measure of poverty. */
export const MisBand = z.object({
  band: z.enum(['A', 'B', 'C', 'D', 'E']),
  order: z.number().check(z.int(), z.minimum(1), z.maximum(5)),
  /** The "financial quality of life" name, e.g. "Secure standard of living". */
  label: NonEmpty,
  definition: NonEmpty,
  /** The document's thresholds for a couple with two children, the only household it tabulates. */
  coupleTwoChildren: z.object({
    privateRent: IncomeThreshold,
    socialRent: IncomeThreshold,
  }),
  citation: Citation,
});
export type MisBand = z.infer<typeof MisBand>;
