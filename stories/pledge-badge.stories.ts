import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { expect, userEvent, waitFor } from 'storybook/test';
import type { PledgeVerdict } from '../packages/elements/src/components/pledge-badge/pledge-badge.spec.js';
import '../packages/elements/src/define/data.js';
import '../packages/elements/src/define/pledge-badge.js';
import { FEED, MISSING_FEED, neverAnsweringClient } from './feeds.js';
import { TEST_TODAY, testPledgeFeed, testPledges, type PledgeMaker, type TestPledgeFeed } from './test-pledges.js';

/** The attributes a page author writes; every story is one set of them. */
export interface PledgeBadgeArgs {
  org?: string;
  variant?: 'compact' | 'expanded';
  registryKey?: string;
  today?: string;
  src?: string;
  theme?: 'light' | 'dark' | 'auto';
}

/** Where the page author's own link points: what readers get before the script runs or when the registry cannot be read. */
const FALLBACK_HREF = 'https://example.org/luton-2040-pledge-registry';

/** `<luton-pledge-badge>` exactly as a page author would write it, fallback link included (also usable as a test fixture). */
export const renderPledgeBadge = ({ org, variant, registryKey, today, src, theme }: PledgeBadgeArgs) =>
  html`<luton-pledge-badge
    org=${ifDefined(org)}
    variant=${ifDefined(variant)}
    registry-key=${ifDefined(registryKey)}
    today=${ifDefined(today)}
    src=${ifDefined(src)}
    theme=${ifDefined(theme)}
    ><a href=${FALLBACK_HREF}>Our Luton 2040 Pledge in the registry</a></luton-pledge-badge
  >`;

/**
 * A story over an in-memory feed of one synthetic test pledge (see test-pledges.ts). The key is made
 * when the story loads, so the story passes it as the `registry-key` attribute a page author would write.
 */
const withTestPledge = (make: PledgeMaker): Pick<Story, 'loaders' | 'render'> => ({
  loaders: [async () => ({ feed: await testPledgeFeed(make) })],
  render: (args, { loaded }) => {
    const { client, publicKey } = loaded['feed'] as TestPledgeFeed;
    return html`<luton-data .client=${client}>${renderPledgeBadge({ ...args, registryKey: publicKey })}</luton-data>`;
  },
});

type BadgeState = PledgeVerdict | 'unavailable' | 'loading';
const shownAs: Record<'unavailable' | 'loading', string> = { unavailable: '[part~="error"]', loading: '[aria-busy="true"]' };

/**
 * Waits until the badge shows `state`, then checks its text contains every one of `texts`. A badge
 * that is not verified must not look verified in any way.
 */
async function expectBadge(canvas: HTMLElement, state: BadgeState, ...texts: string[]): Promise<void> {
  const el = await waitFor(() => {
    const found = canvas.querySelector<HTMLElement>('luton-pledge-badge');
    if (!found) throw new Error('luton-pledge-badge is not in the story');
    return found;
  });
  const selector = state in shownAs ? shownAs[state as keyof typeof shownAs] : `[data-verdict="${state}"]`;
  await waitFor(() => expect(el.shadowRoot?.querySelector(selector), `badge shows ${state}`).not.toBeNull(), { timeout: 5000 });
  const text = el.shadowRoot!.textContent!.replace(/\s+/g, ' ');
  for (const t of texts) await expect(text).toContain(t);
  if (state !== 'verified') {
    await expect(text).not.toContain('✔');
    await expect(el.shadowRoot!.querySelector('.seal.verified')).toBeNull();
  }
}

const badge = (canvas: HTMLElement) => canvas.querySelector('luton-pledge-badge')!;

/** The page author's fallback link is what the badge shows through its slot. */
async function expectFallbackLink(canvas: HTMLElement): Promise<void> {
  const slot = badge(canvas).shadowRoot!.querySelector('slot');
  await expect(slot?.assignedElements()[0]?.getAttribute('href')).toBe(FALLBACK_HREF);
}

const meta = {
  title: 'Elements/luton-pledge-badge',
  component: 'luton-pledge-badge',
  // Stories are PascalCase; camelCase exports are render functions and fixtures for other uses.
  excludeStories: /^[a-z]/,
  render: renderPledgeBadge,
  args: { org: 'test-org', variant: 'compact', today: TEST_TODAY },
  argTypes: {
    org: { control: 'text' },
    variant: { control: 'inline-radio', options: ['compact', 'expanded'] },
    registryKey: { control: 'text' },
    today: { control: 'text' },
    src: { control: 'text' },
    theme: { control: 'inline-radio', options: [undefined, 'light', 'dark', 'auto'] },
  },
} satisfies Meta<PledgeBadgeArgs>;

export default meta;
type Story = StoryObj<PledgeBadgeArgs>;

export const Verified: Story = {
  name: 'Verified, compact (test data)',
  ...withTestPledge(testPledges.signed),
  play: async ({ canvasElement }) => {
    await expectBadge(canvasElement, 'verified', '✔ Verified by the Luton 2040 pledge registry', 'Test Organisation (test data)', 'Sample data');
    const details = badge(canvasElement).shadowRoot!.querySelector('details')!;
    await expect(details.open).toBe(false);
    await userEvent.click(details.querySelector('summary')!);
    await waitFor(() => expect(details.open).toBe(true));
    await expect(details.textContent!.replace(/\s+/g, ' ')).toContain('Building a more inclusive economy Pay at least the Real Living Wage (test commitment).');
  },
};

export const VerifiedExpanded: Story = {
  name: 'Verified, expanded (test data)',
  args: { variant: 'expanded' },
  ...withTestPledge(testPledges.signed),
  play: ({ canvasElement }) => expectBadge(
      canvasElement,
      'verified',
      '✔ Verified by the Luton 2040 pledge registry',
      'Becoming a net zero town Publish an active-travel plan (test commitment).',
      'Partnership pledge 1 (test text).',
      'Made 2026-01-10; review due 2027-01-10.',
    ),
};

export const Altered: Story = {
  name: 'Altered after signing (test data)',
  args: { variant: 'expanded' },
  ...withTestPledge(testPledges.altered),
  play: ({ canvasElement }) => expectBadge(canvasElement, 'invalid-signature', 'Not verified: the signature does not match (the record may have been altered)'),
};

export const Expired: Story = {
  name: 'Past its review date (test data)',
  args: { variant: 'expanded' },
  ...withTestPledge(testPledges.expired),
  play: ({ canvasElement }) => expectBadge(canvasElement, 'expired', 'Not verified: the pledge is past its review date', 'review due 2026-05-31'),
};

export const Revoked: Story = {
  name: 'Withdrawn by the registry (test data)',
  args: { variant: 'expanded' },
  ...withTestPledge(testPledges.revoked),
  play: ({ canvasElement }) => expectBadge(canvasElement, 'revoked', 'Not verified: the registry has withdrawn this pledge'),
};

export const Unsigned: Story = {
  name: 'Not signed by the registry (test data)',
  ...withTestPledge(testPledges.unsigned),
  play: ({ canvasElement }) => expectBadge(canvasElement, 'unsigned', 'Not verified: the record is not signed by the registry'),
};

export const NoRegistryKey: Story = {
  name: 'No registry key configured (demo feed sample pledge)',
  // The demo feed's pledges are signed, but nothing on this page says which key to trust.
  args: { org: 'sample-bakery-ltd', src: FEED, today: undefined },
  play: ({ canvasElement }) => expectBadge(canvasElement, 'no-key', 'Not verified: no registry key is configured to check it', 'Sample Bakery Ltd (sample)', 'Sample data'),
};

export const UnknownOrganisation: Story = {
  name: 'No pledge for the organisation: the page’s own link stays',
  args: { org: 'no-such-organisation', src: FEED },
  play: async ({ canvasElement }) => {
    await expectBadge(canvasElement, 'unavailable', 'No Luton 2040 pledge is registered for “no-such-organisation”.');
    await expectFallbackLink(canvasElement);
  },
};

export const MissingFeed: Story = {
  name: 'Error: no feed at the address, the page’s own link stays',
  args: { src: MISSING_FEED },
  play: async ({ canvasElement }) => {
    await expectBadge(canvasElement, 'unavailable', 'This pledge could not be loaded.');
    await expectFallbackLink(canvasElement);
  },
};

export const Loading: Story = {
  name: 'Loading: the page’s own link meanwhile',
  // The badge reads from the provider's client, which never answers.
  render: (args) => html`<luton-data .client=${neverAnsweringClient()}>${renderPledgeBadge(args)}</luton-data>`,
  play: async ({ canvasElement }) => {
    await expectBadge(canvasElement, 'loading');
    await expectFallbackLink(canvasElement);
  },
};
