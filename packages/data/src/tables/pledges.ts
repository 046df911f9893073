import * as z from 'zod/mini';
import { PartnershipPledgeId, type Pledge } from '@luton2040/schema';
import { DateCell, OptionalWebAddressCell, WebAddressCell, IdCell, OptionalDateCell, OptionalText, Text, YesNo, optional, splitList, yesNo } from '../cells.js';
import type { DatasetTable } from '../dataset-table.js';
import { oneOf } from '../table.js';

/** A pledge as its row defines it; its commitments are attached from pledge-commitments.csv. */
export type PledgeDefinition = Omit<Pledge, 'commitments'>;

const pledgeIds = PartnershipPledgeId.options;

/** pledges.csv: organisations' pledges as the registry holds them (signatures are added by the signing step). */
export const pledgesTable: DatasetTable<PledgeDefinition> = {
  name: 'pledges',
  columns: ['id', 'organisation_id', 'organisation_name', 'organisation_url', 'partnership_pledges', 'made_on', 'review_on', 'registry_url', 'status', 'sample'],
  cells: z.object({
    id: IdCell,
    organisation_id: IdCell,
    organisation_name: Text,
    organisation_url: OptionalWebAddressCell,
    partnership_pledges: z.string().check(
      z.refine((cell) => splitList(cell).every((id) => (pledgeIds as readonly string[]).includes(id)), `must list partnership pledge ids separated by ";" (${pledgeIds.join(', ')}), or be empty`),
    ),
    made_on: DateCell,
    review_on: OptionalDateCell,
    registry_url: WebAddressCell,
    status: oneOf(['active', 'revoked']),
    sample: YesNo,
    key_id: z.optional(OptionalText),
    signature: z.optional(z.string().check(z.trim(), z.regex(/^[A-Za-z0-9_-]*$/, 'must be base64url without padding, or empty'))),
  }),
  toRecord: (v) => {
    const url = optional(v.organisation_url);
    const reviewOn = optional(v.review_on);
    const keyId = optional(v.key_id);
    const signature = optional(v.signature);
    return {
      id: v.id!.trim(),
      organisation: { id: v.organisation_id!.trim(), name: v.organisation_name!.trim(), ...(url ? { url } : {}) },
      partnershipPledges: splitList(v.partnership_pledges ?? '') as Pledge['partnershipPledges'],
      madeOn: v.made_on!.trim(),
      ...(reviewOn ? { reviewOn } : {}),
      registryUrl: v.registry_url!.trim(),
      status: v.status!.trim() as Pledge['status'],
      sample: yesNo(v.sample, false),
      ...(keyId ? { keyId } : {}),
      ...(signature ? { signature } : {}),
    };
  },
  key: { field: 'id', of: (r) => r.id },
  samples: true,
};
