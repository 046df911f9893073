import { loadBadgeView, type BadgeView } from '@luton2040/elements/components/pledge-badge.data.js';
import type { LutonClient } from '@luton2040/sdk';
import { today } from './today.js';

/** What `<luton-pledge-badge>` draws, read and verified by the badge's own loader. */
export function loadPledge(client: LutonClient, attributes: Readonly<Record<string, string>>, signal?: AbortSignal): Promise<BadgeView> {
  const { org, 'registry-key': registryKey, today: day = today() } = attributes;
  if (!org) throw new TypeError('<luton-pledge-badge> needs an org attribute');
  return loadBadgeView(client, { org, registryKey, today: day }, signal);
}
