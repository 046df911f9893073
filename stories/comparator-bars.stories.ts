import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { periodLabel } from '@luton2040/sdk';
import { html, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { expect, waitFor } from 'storybook/test';
import '../packages/elements/src/define/comparator-bars.js';
import '../packages/elements/src/define/data.js';
import { comparisonOf, expectComparison } from './comparisons.js';
import { comparisons, FEED, measures, MISSING_FEED, neverAnsweringClient } from './feeds.js';
import { expectState } from './tile-state.js';

/** The attributes a page author writes; every story is one set of them. */
export interface ComparatorBarsArgs {
  kpi?: string;
  areas?: string;
  reference?: string;
  chart?: 'auto' | 'html';
  src?: string;
  theme?: 'light' | 'dark' | 'auto';
}

/** `<luton-comparator-bars>` exactly as a page author would write it (also usable as a test fixture). */
export const renderComparatorBars = ({ kpi, areas, reference, chart, src, theme }: ComparatorBarsArgs) =>
  html`<luton-comparator-bars
    kpi=${ifDefined(kpi)}
    areas=${ifDefined(areas)}
    reference=${ifDefined(reference)}
    chart=${ifDefined(chart)}
    src=${ifDefined(src)}
    theme=${ifDefined(theme)}
  ></luton-comparator-bars>`;

// The chart may be drawn before a play function starts, so the story itself listens for the event
// and marks its wrapper: play then proves the event bubbled out of the shadow root.
const markChartReady = (event: Event) => (event.currentTarget as HTMLElement).setAttribute('data-chart-ready', '');
const listeningForChart = (content: TemplateResult) => html`<div @luton-chart-ready=${markChartReady}>${content}</div>`;

/** Waits for `luton-chart-ready`, then checks the Vega SVG is in place and hidden from screen readers. */
async function expectChartDrawn(canvas: HTMLElement): Promise<SVGSVGElement> {
  await waitFor(() => expect(canvas.querySelector('[data-chart-ready]'), 'luton-chart-ready was dispatched').not.toBeNull(), { timeout: 15_000 });
  const el = canvas.querySelector('luton-comparator-bars')!;
  const svg = el.shadowRoot!.querySelector<SVGSVGElement>('.vega svg');
  await expect(svg, 'the Vega SVG').not.toBeNull();
  await expect(svg!.getAttribute('aria-hidden')).toBe('true');
  await expect(el.shadowRoot!.querySelector('[part="chart"]')!.getAttribute('data-chart')).toBe('drawn');
  await expect(svg!.textContent).toContain('Luton');
  return svg!;
}

const barColour = (canvas: HTMLElement, role: string) =>
  getComputedStyle(canvas.querySelector('luton-comparator-bars')!.shadowRoot!.querySelector(`.bars li[data-role="${role}"] .bar`)!).backgroundColor;

/** Comparator colours set from the page through the documented `--luton-comparator-bars-*` properties. */
const partnerColours = html`<style>
  .partner-bars {
    --luton-comparator-bars-luton-color: #00594f;
    --luton-comparator-bars-reference-color: #d4351c;
    --luton-comparator-bars-other-color: #b1b4b6;
    --luton-comparator-bars-max-width: 30rem;
  }
</style>`;

const meta = {
  title: 'Elements/luton-comparator-bars',
  component: 'luton-comparator-bars',
  // Stories are PascalCase; camelCase exports are render functions and fixtures for other uses.
  excludeStories: /^[a-z]/,
  render: (args) => listeningForChart(renderComparatorBars(args)),
  args: { kpi: comparisons.severalAreas, reference: 'uk', chart: 'html', src: FEED },
  argTypes: {
    kpi: { control: 'text' },
    areas: { control: 'text' },
    reference: { control: 'text' },
    chart: { control: 'inline-radio', options: [undefined, 'auto', 'html'] },
    src: { control: 'text' },
    theme: { control: 'inline-radio', options: [undefined, 'light', 'dark', 'auto'] },
  },
} satisfies Meta<ComparatorBarsArgs>;

export default meta;
type Story = StoryObj<ComparatorBarsArgs>;

export const HtmlBars: Story = {
  name: 'Plain HTML bars (chart="html")',
  play: async ({ canvasElement, args }) => {
    const comparison = await comparisonOf(args.kpi!, { reference: args.reference! });
    await expectComparison(canvasElement, comparison);
    const root = canvasElement.querySelector('luton-comparator-bars')!.shadowRoot!;
    const reference = comparison.rows.find((r) => r.role === 'reference');
    await expect(reference, 'the reference area has a figure').toBeDefined();
    await expect(root.querySelector('.bars li[data-role="reference"] .name')!.textContent).toBe(reference!.name);
    // No chart is downloaded or drawn: the bars are the whole widget.
    await new Promise((resolve) => setTimeout(resolve, 300));
    await expect(root.querySelector('.vega')!.childElementCount).toBe(0);
  },
};

export const VegaChart: Story = {
  name: 'Vega chart drawn once in view',
  args: { chart: 'auto' },
  play: async ({ canvasElement, args }) => {
    const comparison = await comparisonOf(args.kpi!, { reference: args.reference! });
    await expectComparison(canvasElement, comparison);
    const svg = await expectChartDrawn(canvasElement);
    for (const row of comparison.rows) await expect(svg.textContent).toContain(row.name);
  },
};

export const AgainstEngland: Story = {
  name: 'Luton against England, the default reference',
  args: { kpi: comparisons.againstEngland, reference: undefined },
  play: async ({ canvasElement, args }) => {
    const comparison = await comparisonOf(args.kpi!);
    await expect(comparison.rows.map((r) => r.role)).toEqual(['luton', 'reference']);
    await expectComparison(canvasElement, comparison);
    await expectState(canvasElement, 'luton-comparator-bars', 'data', `Luton and other areas, ${periodLabel({ period: comparison.period!, ...(comparison.periodPrecision ? { periodPrecision: comparison.periodPrecision } : {}) })}`);
  },
};

export const ChosenAreas: Story = {
  name: 'Chosen areas, with those without a figure listed (areas="uk england bedford")',
  args: { kpi: comparisons.ukOnly, areas: 'uk england bedford', reference: undefined },
  play: async ({ canvasElement, args }) => {
    const comparison = await comparisonOf(args.kpi!, { areas: args.areas!.split(' ') });
    await expect(comparison.missing.length, 'some chosen areas have no figure').toBeGreaterThan(0);
    await expectComparison(canvasElement, comparison);
  },
};

export const LikeForLike: Story = {
  name: 'The like-for-like figure beside a national one',
  // Luton's latest figure measures something else than the national one: the document's own Luton
  // figure of the same measure and period stands beside it instead, never a figure of another year.
  args: { kpi: comparisons.likeForLike, reference: undefined },
  play: async ({ canvasElement, args }) => {
    const comparison = await comparisonOf(args.kpi!);
    await expect(comparison.rows.length, 'Luton and at least one other area').toBeGreaterThan(1);
    await expectComparison(canvasElement, comparison);
  },
};

export const NoFigures: Story = {
  name: 'No figures for Luton: nothing to compare',
  args: { kpi: measures.noFigures },
  play: ({ canvasElement }) => expectState(canvasElement, 'luton-comparator-bars', 'no-data', 'there is nothing to compare'),
};

export const MissingFeed: Story = {
  name: 'Error: no feed at the address',
  args: { src: MISSING_FEED },
  play: ({ canvasElement }) => expectState(canvasElement, 'luton-comparator-bars', 'error', 'This figure could not be loaded.', 'HTTP 404'),
};

export const UnknownMeasure: Story = {
  name: 'Error: no such measure',
  args: { kpi: 'no-such-measure' },
  play: ({ canvasElement }) => expectState(canvasElement, 'luton-comparator-bars', 'error', 'There is no measure called “no-such-measure”'),
};

export const Loading: Story = {
  // The widget reads from the provider's client, which never answers.
  render: ({ kpi, theme }) => html`<luton-data .client=${neverAnsweringClient()}>${renderComparatorBars({ kpi, theme })}</luton-data>`,
  play: ({ canvasElement, args }) => expectState(canvasElement, 'luton-comparator-bars', 'loading', `Loading ${args.kpi}`),
};

export const Dark: Story = {
  name: 'Dark scheme chosen by theme="dark", with the chart',
  // On a light page, so that what the attribute does alone is visible.
  args: { theme: 'dark', chart: 'auto' },
  play: async ({ canvasElement, args }) => {
    await expectComparison(canvasElement, await comparisonOf(args.kpi!, { reference: args.reference! }));
    await expect(getComputedStyle(canvasElement.querySelector('luton-comparator-bars')!).color).toBe('rgb(241, 241, 244)');
    await expectChartDrawn(canvasElement);
  },
};

export const Themed: Story = {
  name: 'Themed with --luton-comparator-bars-* properties',
  args: { chart: 'auto' },
  render: (args) => html`${partnerColours}<div class="partner-bars">${listeningForChart(renderComparatorBars(args))}</div>`,
  play: async ({ canvasElement, args }) => {
    await expectComparison(canvasElement, await comparisonOf(args.kpi!, { reference: args.reference! }));
    await expect(barColour(canvasElement, 'luton')).toBe('rgb(0, 89, 79)');
    await expect(barColour(canvasElement, 'reference')).toBe('rgb(212, 53, 28)');
    await expect(barColour(canvasElement, 'comparator')).toBe('rgb(177, 180, 182)');
    // Vega cannot read custom properties: the widget resolves them and hands the chart real colours.
    const svg = await expectChartDrawn(canvasElement);
    const fills = [...svg.querySelectorAll('path')].map((p) => p.getAttribute('fill'));
    await expect(fills).toContain('rgb(0, 89, 79)');
    await expect(fills).toContain('rgb(212, 53, 28)');
  },
};
