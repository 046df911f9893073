import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import '../packages/elements/src/define/data.js';
import '../packages/elements/src/define/kpi.js';
import { FEED, MALFORMED_FEED, measures, MISSING_FEED, neverAnsweringClient } from './feeds.js';
import { expectState } from './tile-state.js';

/** The attributes a page author writes; every story is one set of them. */
export interface KpiArgs {
  kpi?: string;
  src?: string;
  compare?: string;
  baseline?: string;
  variant?: 'full' | 'compact';
  theme?: 'light' | 'dark' | 'auto';
}

/** `<luton-kpi>` exactly as a page author would write it (also usable as a test fixture). */
export const renderKpi = ({ kpi, src, compare, baseline, variant, theme }: KpiArgs) =>
  html`<luton-kpi
    kpi=${ifDefined(kpi)}
    src=${ifDefined(src)}
    compare=${ifDefined(compare)}
    baseline=${ifDefined(baseline)}
    variant=${ifDefined(variant)}
    theme=${ifDefined(theme)}
  ></luton-kpi>`;

/**
 * A partner's own look, set from the page only: the documented `--luton-*` properties for colours,
 * type and shape, and `::part` for what the properties do not cover.
 */
export const partnerTheme = html`<style>
  .partner-theme {
    --luton-font-family: Georgia, 'Times New Roman', serif;
    --luton-radius: 0;
    --luton-kpi-background: #eef6f4;
    --luton-kpi-border-color: #00594f;
    --luton-kpi-value-size: 3rem;
    --luton-color-good: #00594f;
  }
  .partner-theme luton-kpi::part(base) {
    border-width: 0 0 0 0.4rem;
  }
  .partner-theme luton-kpi::part(title) {
    text-transform: uppercase;
    letter-spacing: 0.04em;
    font-size: 0.875rem;
  }
</style>`;

const meta = {
  title: 'Elements/luton-kpi',
  component: 'luton-kpi',
  // Stories are PascalCase; camelCase exports are render functions and fixtures for other uses.
  excludeStories: /^[a-z]/,
  render: renderKpi,
  args: { kpi: measures.fallingIsGood, src: FEED },
  argTypes: {
    kpi: { control: 'text' },
    src: { control: 'text' },
    compare: { control: 'text' },
    baseline: { control: 'text' },
    variant: { control: 'inline-radio', options: [undefined, 'full', 'compact'] },
    theme: { control: 'inline-radio', options: [undefined, 'light', 'dark', 'auto'] },
  },
} satisfies Meta<KpiArgs>;

export default meta;
type Story = StoryObj<KpiArgs>;

export const FallingIsGood: Story = {
  name: 'Falling figure, success is a decrease',
  args: { kpi: measures.fallingIsGood },
  play: ({ canvasElement }) => expectState(canvasElement, 'luton-kpi', 'data', 'Improving', '▼'),
};

export const RisingIsGood: Story = {
  name: 'Rising figure, success is an increase',
  args: { kpi: measures.risingIsGood },
  play: ({ canvasElement }) => expectState(canvasElement, 'luton-kpi', 'data', 'Improving', '▲'),
};

export const Worsening: Story = {
  name: 'Rising figure, success is a decrease',
  args: { kpi: measures.worsening },
  play: ({ canvasElement }) => expectState(canvasElement, 'luton-kpi', 'data', 'Worsening', '▲'),
};

export const OneFigure: Story = {
  name: 'One figure, no trend yet',
  args: { kpi: measures.oneFigure },
  play: ({ canvasElement }) => expectState(canvasElement, 'luton-kpi', 'data', 'Not enough data for a trend'),
};

export const GapToEngland: Story = {
  name: 'Gap to England (compare="england")',
  args: { kpi: measures.withEnglandFigure, compare: 'england' },
  play: ({ canvasElement }) => expectState(canvasElement, 'luton-kpi', 'data', 'above England'),
};

export const SinceBaseline: Story = {
  name: 'Change since a chosen baseline',
  args: { kpi: measures.risingIsGood, baseline: '2020' },
  play: ({ canvasElement }) => expectState(canvasElement, 'luton-kpi', 'data', 'since 2020'),
};

export const Compact: Story = {
  name: 'Compact (variant="compact")',
  args: { kpi: measures.worsening, variant: 'compact' },
  play: ({ canvasElement }) => expectState(canvasElement, 'luton-kpi', 'data', 'Worsening'),
};

export const NoFigures: Story = {
  name: 'No figures published',
  args: { kpi: measures.noFigures },
  play: ({ canvasElement }) => expectState(canvasElement, 'luton-kpi', 'no-data', 'No figures have been published'),
};

export const Loading: Story = {
  // The tile reads from the provider's client, which never answers.
  render: ({ kpi, theme }) => html`<luton-data .client=${neverAnsweringClient()}>${renderKpi({ kpi, theme })}</luton-data>`,
  play: ({ canvasElement, args }) => expectState(canvasElement, 'luton-kpi', 'loading', `Loading ${args.kpi}`),
};

export const MissingFeed: Story = {
  name: 'Error: no feed at the address',
  args: { src: MISSING_FEED },
  play: ({ canvasElement }) => expectState(canvasElement, 'luton-kpi', 'error', 'This figure could not be loaded.', 'HTTP 404'),
};

export const MalformedFeed: Story = {
  name: 'Error: malformed feed',
  args: { src: MALFORMED_FEED },
  play: ({ canvasElement }) => expectState(canvasElement, 'luton-kpi', 'error', 'malformed JSON'),
};

export const UnknownMeasure: Story = {
  name: 'Error: no such measure',
  args: { kpi: 'no-such-measure' },
  play: ({ canvasElement }) => expectState(canvasElement, 'luton-kpi', 'error', 'There is no measure called “no-such-measure”'),
};

export const MissingKpiAttribute: Story = {
  name: 'Error: no kpi attribute',
  args: { kpi: undefined },
  play: ({ canvasElement }) => expectState(canvasElement, 'luton-kpi', 'error', '<luton-kpi> needs a kpi attribute.'),
};

export const Themed: Story = {
  name: 'Themed with --luton-* and ::part',
  render: (args) => html`${partnerTheme}<div class="partner-theme">${renderKpi(args)}</div>`,
  play: ({ canvasElement }) => expectState(canvasElement, 'luton-kpi', 'data', 'Improving'),
};

export const Dark: Story = {
  name: 'Dark scheme chosen by theme="dark"',
  // On a light page, so that what the attribute does alone is visible.
  args: { theme: 'dark' },
  play: ({ canvasElement }) => expectState(canvasElement, 'luton-kpi', 'data', 'Improving'),
};

export const FollowsDarkPage: Story = {
  name: 'Dark scheme followed from the page',
  // No theme attribute: the page's color-scheme (set by the dark background) decides.
  globals: { backgrounds: { value: 'dark' } },
  play: ({ canvasElement }) => expectState(canvasElement, 'luton-kpi', 'data', 'Improving'),
};
