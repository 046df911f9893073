import { ConfigurationError, verifyPledge, type Luton2040Priority, type LutonClient, type Pledge, type PledgeSchemeItem, type PledgeVerification } from '@luton2040/sdk';
import { today } from '@luton2040/sdk/predicates';
import { staleSince } from '../../widget/stale.js';
import { requiredAttribute, type WidgetSpec } from '../../widget/widget-spec.js';
import { pledgeBadgeEn } from './pledge-badge.en.js';
import type { PledgeBadgeStrings } from './pledge-badge.strings.js';
import { pledgeBadgeView, type PledgeBadgeView } from './pledge-badge.view.js';

/** What the badge can say: the SDK's verdicts, plus "no key" / "bad key" when nothing usable was configured to check with. */
export type PledgeVerdict = PledgeVerification | 'no-key' | 'bad-key';

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
  /** Set when the feed could not be reached and the last good copy is shown (the registry may have revoked it since). */
  staleSince?: number;
}

async function verdictOf(pledge: Pledge, key: string | undefined, day: string, client: LutonClient): Promise<PledgeVerdict> {
  try {
    return await (key ? verifyPledge(pledge, key, day) : client.pledges.verify(pledge));
  } catch (error) {
    // A signed record and nothing usable to check it with: never shown as valid, and the page's setting named as the fault.
    if (error instanceof ConfigurationError) return error.kind === 'invalid' ? 'bad-key' : 'no-key';
    throw error;
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
    // `latest` throws NotFoundError when there is no pledge, and UnreadableRecordError when the registry's record cannot be read.
    // The register itself is read alongside (the same request as `latest`'s) for how fresh it is.
    const [pledge, register, priorities, schemes] = await Promise.all([
      client.pledges.latest(org, { signal }),
      client.read('pledges', { signal }),
      client.read('luton2040Priorities', { signal }),
      client.read('pledgeSchemes', { signal }),
    ]);
    const since = staleSince(register, priorities, schemes);
    return {
      pledge,
      verdict: await verdictOf(pledge, registryKey, day, client),
      priorities: priorities.data,
      schemes: schemes.data,
      ...(since === undefined ? {} : { staleSince: since }),
    };
  },
  loadDetail: ({ pledge }) => ({ resource: 'pledges', id: pledge.id }),
  view: pledgeBadgeView,
};
