import * as z from 'zod/mini';
import { IsoDate, NonEmpty, Slug, WebUrl } from './primitives.js';

/** The ESS partnership pledge ids an organisation can make. */
export const PartnershipPledgeId = z.enum(['pledge-1', 'pledge-2', 'pledge-3']);
export type PartnershipPledgeId = z.infer<typeof PartnershipPledgeId>;

/** One commitment of an organisation's Luton 2040 Pledge, under the priority it serves. */
export const PledgeCommitment = z.object({
  /** The Luton 2040 priority id. */
  priority: Slug,
  /** The id of the refresh's commitment example (`pledgeSchemes`, kind `commitment-example`) this commitment is one of, if any. */
  category: z.optional(Slug),
  /** The organisation's own words. */
  text: NonEmpty,
});
export type PledgeCommitment = z.infer<typeof PledgeCommitment>;

/** base64url without padding, as Web Crypto signatures are published. */
export const Base64Url = z.string().check(z.regex(/^[A-Za-z0-9_-]+$/, 'must be base64url without padding'));

/**
 * An organisation's pledge as the registry holds it. Signed (Ed25519) over
 * `canonicalPledgePayload(record)`, so a badge can verify in the browser that the registry issued it.
 */
export const Pledge = z.object({
  id: Slug,
  organisation: z.object({
    id: Slug,
    name: NonEmpty,
    url: z.optional(WebUrl),
  }),
  commitments: z.array(PledgeCommitment),
  /** Which of the ESS's three partnership pledges the organisation made. */
  partnershipPledges: z.array(PartnershipPledgeId),
  madeOn: IsoDate,
  reviewOn: z.optional(IsoDate),
  /**
   * The last day the registry vouches for this copy of the record, set when it signs. The registry
   * re-signs its records before then; an older copy served after a revocation stops verifying on
   * this date. A signed record without it is never verified.
   */
  validUntil: z.optional(IsoDate),
  /** Where the registry publishes this pledge. */
  registryUrl: WebUrl,
  status: z.enum(['active', 'revoked']),
  /** True for a made-up demonstration pledge. */
  sample: z.boolean(),
  /** Id of the registry key that signed it, so verifiers can pick the public key. */
  keyId: z.optional(z.string()),
  /** Ed25519 signature (base64url) over `canonicalPledgePayload` of the record. */
  signature: z.optional(Base64Url),
});
export type Pledge = z.infer<typeof Pledge>;
