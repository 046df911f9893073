import type { BadgeVerdict, BadgeView } from '@luton2040/elements/components/pledge-badge.component.js';
import { NotFoundError, verifyPledge, type LutonClient, type Pledge } from '@luton2040/sdk';
import { today } from './today.js';

/** What `<luton-pledge-badge>` draws: the organisation's latest pledge and the badge's verdict on it. */
export async function loadPledge(client: LutonClient, attributes: Readonly<Record<string, string>>, signal?: AbortSignal): Promise<BadgeView> {
  const { org, 'registry-key': key, today: day = today() } = attributes;
  if (!org) throw new TypeError('<luton-pledge-badge> needs an org attribute');
  const [pledges, priorities, schemes] = await Promise.all([
    client.pledges.list({ organisation: org, includeRevoked: true, signal }),
    client.resource('luton2040Priorities', { signal }),
    client.resource('pledgeSchemes', { signal }),
  ]);
  const pledge = pledges.sort((a, b) => b.madeOn.localeCompare(a.madeOn))[0];
  if (!pledge) throw new NotFoundError('pledges', org);
  return { pledge, verdict: await verdictOf(pledge, key, day, client), priorities, schemes };
}

async function verdictOf(pledge: Pledge, key: string | undefined, day: string, client: LutonClient): Promise<BadgeVerdict> {
  if (key) return verifyPledge(pledge, key, day);
  try {
    return await client.pledges.verify(pledge);
  } catch {
    return 'no-key'; // a signed record and nothing to check it with: never shown as valid
  }
}
