import { safeHttpUrl } from '@luton2040/sdk';
import { staleText } from '../../widget/stale.js';
import type { Attributes } from '../../widget/widget-spec.js';
import { pledgeBadgeEn } from './pledge-badge.en.js';
import type { PledgeBadgeData, PledgeVerdict } from './pledge-badge.spec.js';
import type { PledgeBadgeStrings } from './pledge-badge.strings.js';

/** Everything the badge says about a pledge, worked out without touching the DOM. */
export interface PledgeBadgeView {
  verdict: PledgeVerdict;
  /** Only a verified pledge may look verified. */
  verified: boolean;
  seal: { mark: string; text: string };
  heading: string;
  label: string;
  name: string;
  /** "Sample data" when the pledge is made up. */
  sample?: string;
  /** `variant="expanded"`: the whole pledge at once, not a badge that opens. */
  expanded: boolean;
  /** The commitments by Luton 2040 priority, in the priorities' order. */
  commitments: { heading: string; groups: { priority: string; items: string[] }[] };
  /** The ESS partnership pledges the organisation made. */
  partnership: { heading: string; items: string[] };
  commitmentSummary: string;
  dates: string;
  /** Links only to web addresses. */
  registry?: { href: string; text: string };
  website?: { href: string; text: string };
  /** "out of date: …" when the record is the last good copy of a feed that cannot be reached. */
  stale?: string;
}

/** What `<luton-pledge-badge>` says about an organisation's pledge. */
export function pledgeBadgeView({ pledge, verdict, priorities, schemes, staleSince }: PledgeBadgeData, attributes: Attributes, words: PledgeBadgeStrings = pledgeBadgeEn): PledgeBadgeView {
  const verified = verdict === 'verified';
  const registry = safeHttpUrl(pledge.registryUrl);
  const website = safeHttpUrl(pledge.organisation.url);
  const groups = [...priorities]
    .sort((a, b) => a.order - b.order)
    .map((p) => ({ priority: p.title, items: pledge.commitments.filter((c) => c.priority === p.id).map((c) => c.text) }))
    .filter((g) => g.items.length > 0);
  const made = new Set<string>(pledge.partnershipPledges);
  const stale = staleText(staleSince, words);
  return {
    verdict,
    verified,
    seal: { mark: verified ? '✔' : '!', text: words.verdict[verdict] },
    heading: words.heading,
    label: words.label(pledge.organisation.name),
    name: pledge.organisation.name,
    expanded: attributes.variant === 'expanded',
    commitments: { heading: words.commitments, groups },
    partnership: { heading: words.partnershipPledges, items: schemes.filter((s) => s.kind === 'partnership-pledge' && made.has(s.id)).map((s) => s.text) },
    commitmentSummary: words.commitmentSummary(pledge.commitments.length, groups.length),
    dates: words.dates(pledge.madeOn, pledge.reviewOn),
    ...(pledge.sample ? { sample: words.sampleData } : {}),
    ...(stale ? { stale } : {}),
    ...(registry ? { registry: { href: registry, text: words.registryEntry } } : {}),
    ...(website ? { website: { href: website, text: words.website } } : {}),
  };
}
