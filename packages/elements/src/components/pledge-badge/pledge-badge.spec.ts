import { NotFoundError, verifyPledge, type Luton2040Priority, type LutonClient, type Pledge, type PledgeSchemeItem, type PledgeVerification } from '@luton2040/sdk';
import { newestPledge, today } from '@luton2040/sdk/predicates';
import { requiredAttribute, type WidgetSpec } from '../../widget/widget-spec.js';
import { pledgeBadgeEn } from './pledge-badge.en.js';
import type { PledgeBadgeStrings } from './pledge-badge.strings.js';
import { pledgeBadgeView, type PledgeBadgeView } from './pledge-badge.view.js';

/** What the badge can say: the SDK's verdicts, plus "no key" when nothing was configured to check with. */
export type PledgeVerdict = PledgeVerification | 'no-key';

export interface PledgeBadgeQuery {
  org: string;
  /** The registry's public key; without it the client's configured key is used. */
  registryKey?: string | undefined;
  /** `YYYY-MM-DD` the review date is judged against. */
  today: string;
}

/** What the badge draws from: the organisation's latest pledge, the verdict on it, and what it names. */
export interface PledgeBadgeData {
  pledge: Pledge;
  verdict: PledgeVerdict;
  priorities: Luton2040Priority[];
  schemes: PledgeSchemeItem[];
}

async function verdictOf(pledge: Pledge, key: string | undefined, day: string, client: LutonClient): Promise<PledgeVerdict> {
  if (key) return verifyPledge(pledge, key, day);
  try {
    return await client.pledges.verify(pledge);
  } catch {
    return 'no-key'; // a signed record and nothing to check it with: never shown as valid
  }
}

/** `<luton-pledge-badge>`: an organisation's pledge as the registry holds it, verified by its signature. */
export const pledgeBadgeSpec: WidgetSpec<PledgeBadgeQuery, PledgeBadgeData, PledgeBadgeView, PledgeBadgeStrings> = {
  tag: 'luton-pledge-badge',
  words: pledgeBadgeEn,
  query: (attributes) => ({
    org: requiredAttribute(attributes, 'luton-pledge-badge', 'org'),
    registryKey: attributes['registry-key'] || undefined,
    today: attributes.today || today(),
  }),
  async load(client, { org, registryKey, today: day }, signal) {
    const [pledges, priorities, schemes] = await Promise.all([
      client.pledges.list({ organisation: org, includeRevoked: true, signal }),
      client.resource('luton2040Priorities', { signal }),
      client.resource('pledgeSchemes', { signal }),
    ]);
    const pledge = newestPledge(pledges);
    if (!pledge) throw new NotFoundError('pledges', org);
    return { pledge, verdict: await verdictOf(pledge, registryKey, day, client), priorities, schemes };
  },
  loadDetail: ({ pledge }) => ({ resource: 'pledges', id: pledge.id }),
  view: pledgeBadgeView,
};
