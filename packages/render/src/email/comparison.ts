import type { BarsView } from '@luton2040/elements/components/comparator-bars.component.js';
import { periodLabel, periodPhrase, type ComparisonRow } from '@luton2040/sdk';
import { comparisonSvg } from '../charts/comparison-svg.js';
import { html } from './html.js';
import { colour, style } from './palette.js';
import type { Pictures } from './pictures.js';
import type { WidgetBody } from './widget-body.js';

/** The chart's width in an email: the 600-pixel layout less the snippet's padding. */
const CHART_WIDTH = 560;
/** Fonts for the PNG, in the order the rasteriser tries them. */
const CHART_FONT = 'Arial, Liberation Sans, Helvetica, DejaVu Sans, sans-serif';

const list = (items: string[]) => new Intl.ListFormat('en-GB', { style: 'long', type: 'conjunction' }).format(items);

/** "Luton: 5.6% in 2018. Higher than United Kingdom (4.2%)." — every figure in words, for when images are off. */
export function comparisonSummary(rows: readonly ComparisonRow[]): string {
  const luton = rows.find((r) => r.role === 'luton');
  if (!luton) return '';
  const others = rows.filter((r) => r !== luton);
  const named = (r: ComparisonRow) => `${r.name} (${r.label})`;
  const higher = others.filter((r) => luton.value > r.value).map(named);
  const lower = others.filter((r) => luton.value < r.value).map(named);
  const same = others.filter((r) => luton.value === r.value).map(named);
  return [
    `Luton: ${luton.label} ${periodPhrase(luton)}.`,
    higher.length ? `Higher than ${list(higher)}.` : '',
    lower.length ? `Lower than ${list(lower)}.` : '',
    same.length ? `The same as ${list(same)}.` : '',
  ]
    .filter(Boolean)
    .join(' ');
}

/** Comparator bars as email: the summary in words, the Vega chart as a PNG, areas without a figure. */
export async function comparisonBody({ kpi, comparison, document }: BarsView, pictures: Pictures): Promise<WidgetBody> {
  const { rows, missing, period, periodPrecision } = comparison;
  // Where the figures came from first; the KPI's planned source only as planned.
  const source = [document ? `${document.title} (${document.published})` : undefined, kpi.source ? `planned source: ${kpi.source}` : undefined].filter(Boolean).join('; ');
  if (!period || rows.length === 0) {
    return { source, body: html`<p style="${style.heading}">${kpi.title}</p><p style="${style.p}">No figures for Luton have been published for “${kpi.title}” yet, so there is nothing to compare.</p>` };
  }
  const when = periodLabel({ period, ...(periodPrecision ? { periodPrecision } : {}) });
  const svg = await comparisonSvg(comparison, { width: CHART_WIDTH, font: CHART_FONT, text: colour.text, muted: colour.muted });
  const height = Number(/height="(\d+(?:\.\d+)?)"/.exec(svg)?.[1] ?? 0);
  const alt = `Bar chart of ${kpi.title}, ${when}, highest first: ${rows.map((r) => `${r.name} ${r.label}`).join(', ')}.`;
  const chart = pictures.add('chart', { svg, width: CHART_WIDTH, height }, alt);
  return {
    source,
    body: html`<p style="${style.heading}">${kpi.title}: Luton and other areas, ${when}</p>
      <p style="${style.p}">${comparisonSummary(rows)}</p>
      <div style="margin:0 0 8px;">${chart}</div>
      ${missing.length ? html`<p style="${style.small}">No figure for ${when}: ${list(missing.map((m) => m.name))}.</p>` : ''}`,
  };
}
