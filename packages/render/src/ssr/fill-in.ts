import { groupActivities, statusOrder, type TrackerData } from '@luton2040/elements/components/action-tracker.model.js';
import type { BarsView } from '@luton2040/elements/components/comparator-bars.component.js';
import { defaultComparisonColours } from '@luton2040/sdk';
import { comparisonSvg, type ChartStyle } from '../charts/comparison-svg.js';
import type { WidgetData } from '../data/index.js';
import type { Widget } from '../widgets.js';

/**
 * Completes server-rendered markup with what the elements only ever set in the browser: bar widths
 * they give through the CSSOM (so that a strict CSP allows them), which a server never runs, and
 * the chart they draw once in view, here as static SVG. Each step checks that the markup still
 * has the shape it expects, so a change to an element's template fails loudly, not silently.
 */
export async function fillIn(html: string, data: WidgetData, widget: Widget, chart: ChartStyle = {}): Promise<string> {
  switch (data.tag) {
    case 'luton-comparator-bars':
      return fillComparison(html, data.view, widget, chart);
    case 'luton-action-tracker':
      return fillTracker(html, data.view, widget);
    default:
      return html;
  }
}

/**
 * Sets `style` on each match of `pattern` (an opening tag up to its first attributes) in turn; there
 * must be exactly `styles.length` of them, and `check` may test each one's first captured group.
 */
function styleEach(html: string, pattern: RegExp, styles: string[], what: string, check?: (captured: string, i: number) => boolean): string {
  let i = 0;
  const out = html.replace(pattern, (tag: string, captured: unknown) => {
    if (i >= styles.length || (check && !check(String(captured), i))) throw new Error(`server rendering: the ${what} no longer match the data`);
    return `${tag} style="${styles[i++]}"`;
  });
  if (i !== styles.length) throw new Error(`server rendering: expected ${styles.length} ${what}, found ${i}`);
  return out;
}

function replaceOnce(html: string, search: string, replacement: string, what: string): string {
  const at = html.indexOf(search);
  if (at < 0 || html.indexOf(search, at + 1) >= 0) throw new Error(`server rendering: the ${what} is not where it was expected`);
  return html.slice(0, at) + replacement + html.slice(at + search.length);
}

async function fillComparison(html: string, { comparison }: BarsView, widget: Widget, chart: ChartStyle): Promise<string> {
  const { rows } = comparison;
  if (rows.length === 0) return html;
  // The same widths the element gives its first-paint bars.
  const max = Math.max(...rows.map((r) => r.value), 0) || 1;
  html = styleEach(html, /<span class="bar"/g, rows.map((row) => `--_share:${Math.max(0, (row.value / max) * 80)}%`), 'bars');
  if (widget.attributes.chart === 'html') return html;

  const svg = (await comparisonSvg(comparison, chart)).replace('<svg ', '<svg aria-hidden="true" focusable="false" ');
  html = replaceOnce(html, '<div part="chart"', '<div part="chart" data-chart="drawn"', 'chart box');
  return replaceOnce(html, '<div class="vega"></div>', `<div class="vega">${chartStyles(chart)}${svg}</div>`, 'chart slot');
}

/**
 * Fits the static chart to the box, and, when it was drawn in the default colours (the light
 * scheme's tokens), repaints it with the widget's own tokens, so that it follows a dark scheme and
 * the page's `--luton-*` settings as the live chart does.
 */
function chartStyles(chart: ChartStyle): string {
  const fit = '.vega svg{display:block;max-width:100%;height:auto}';
  if (chart.colours || chart.text) return `<style>${fit}</style>`;
  const { luton, reference, comparator } = defaultComparisonColours;
  const bar = (colour: string, token: string) => `.vega .mark-rect path[fill="${colour}"]{fill:var(${token})}`;
  const tokens = [bar(luton, '--_bar-luton'), bar(reference, '--_bar-reference'), bar(comparator, '--_bar-other'), '.vega text{fill:var(--_text)}', '.vega line{stroke:var(--_muted)}'];
  return `<style>${fit}${tokens.join('')}</style>`;
}

function fillTracker(html: string, data: TrackerData, { attributes }: Widget): string {
  const year = attributes.year ? Number(attributes.year) : undefined;
  const filter = { priority: attributes.priority, owner: attributes.owner, partner: attributes.partner, status: attributes.status, year, activity: attributes.activity };
  // Each priority's progress bar has one segment per status present, in the summary's order.
  const segments = groupActivities(data, filter).flatMap(({ counts, total }) =>
    statusOrder.filter((s) => counts[s] > 0).map((status) => ({ status, share: `--_share:${(counts[status] / total) * 100}%` })),
  );
  return styleEach(
    html,
    /<span class="segment" data-status="([a-z-]+)"/g,
    segments.map((s) => s.share),
    'progress segments',
    (status, i) => status === segments[i]?.status,
  );
}
