import * as z from 'zod/mini';
import { Citation, NonEmpty, Slug } from './primitives.js';

/** The two pledge schemes of the documents. */
export const PledgeSchemeId = z.enum(['luton2040-pledge', 'ess-partnership']);
export type PledgeSchemeId = z.infer<typeof PledgeSchemeId>;

/**
 * What an entry of a scheme is: an example of a Luton 2040 Pledge commitment (the refresh lists
 * "commitments such as" these four: examples, not a closed list of categories), one of the ESS's
 * three partnership pledges, or one of its six expectations of partners. `commitment-category` is
 * the name older feeds gave the examples.
 */
export const PledgeSchemeKind = z.enum(['commitment-example', 'partnership-pledge', 'expectation', 'commitment-category']);
export type PledgeSchemeKind = z.infer<typeof PledgeSchemeKind>;

/** One entry of a pledge scheme, worded as the document words it. */
export const PledgeSchemeItem = z.object({
  scheme: PledgeSchemeId,
  kind: PledgeSchemeKind,
  /** Unique across schemes, e.g. `good-business-charter`, `pledge-1`, `expectation-4`. */
  id: Slug,
  order: z.number().check(z.int(), z.minimum(1)),
  text: NonEmpty,
  /** The Luton 2040 priority id a commitment example serves, where the document ties it to one. */
  priority: z.optional(Slug),
  citation: Citation,
});
export type PledgeSchemeItem = z.infer<typeof PledgeSchemeItem>;
