import { NotFoundError, verifyPledge, type Luton2040Priority, type LutonClient, type Pledge, type PledgeSchemeItem, type PledgeVerification } from '@luton2040/sdk';

/** What the badge can say: the SDK's verdicts, plus "no key" when nothing was configured to check with. */
export type BadgeVerdict = PledgeVerification | 'no-key';

/** What the badge draws: the organisation's latest pledge and the verdict on it. */
export interface BadgeView {
  pledge: Pledge;
  verdict: BadgeVerdict;
  priorities: Luton2040Priority[];
  schemes: PledgeSchemeItem[];
}

export interface BadgeQuery {
  org: string;
  /** The registry's public key; without it the client's configured key is used. */
  registryKey?: string | undefined;
  /** `YYYY-MM-DD` the review date is judged against. */
  today: string;
}

/** Reads and verifies what `<luton-pledge-badge>` draws (the badge and the server renderer share it). */
export async function loadBadgeView(client: LutonClient, { org, registryKey, today }: BadgeQuery, signal?: AbortSignal): Promise<BadgeView> {
  const [pledges, priorities, schemes] = await Promise.all([
    client.pledges.list({ organisation: org, includeRevoked: true, signal }),
    client.resource('luton2040Priorities', { signal }),
    client.resource('pledgeSchemes', { signal }),
  ]);
  const pledge = pledges.sort((a, b) => b.madeOn.localeCompare(a.madeOn))[0];
  if (!pledge) throw new NotFoundError('pledges', org);
  return { pledge, verdict: await verdictOf(pledge, registryKey, today, client), priorities, schemes };
}

async function verdictOf(pledge: Pledge, key: string | undefined, today: string, client: LutonClient): Promise<BadgeVerdict> {
  if (key) return verifyPledge(pledge, key, today);
  try {
    return await client.pledges.verify(pledge);
  } catch {
    return 'no-key'; // a signed record and nothing to check it with: never shown as valid
  }
}
