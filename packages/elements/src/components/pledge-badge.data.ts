import { ConfigurationError, verifyPledge, type Luton2040Priority, type LutonClient, type Pledge, type PledgeSchemeItem, type PledgeVerification } from '@luton2040/sdk';

/** What the badge can say: the SDK's verdicts, plus "no key" / "bad key" when nothing usable was configured to check with. */
export type BadgeVerdict = PledgeVerification | 'no-key' | 'bad-key';

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
  // `latest` throws NotFoundError when there is no pledge, and UnreadableRecordError when the registry's record cannot be read.
  const [pledge, priorities, schemes] = await Promise.all([
    client.pledges.latest(org, { signal }),
    client.resource('luton2040Priorities', { signal }),
    client.resource('pledgeSchemes', { signal }),
  ]);
  return { pledge, verdict: await verdictOf(pledge, registryKey, today, client), priorities, schemes };
}

async function verdictOf(pledge: Pledge, key: string | undefined, today: string, client: LutonClient): Promise<BadgeVerdict> {
  try {
    return await (key ? verifyPledge(pledge, key, today) : client.pledges.verify(pledge));
  } catch (error) {
    // A signed record and nothing usable to check it with: never shown as valid, and the page's setting named as the fault.
    if (error instanceof ConfigurationError) return error.kind === 'invalid' ? 'bad-key' : 'no-key';
    throw error;
  }
}
