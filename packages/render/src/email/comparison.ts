import { comparisonSvg } from '../charts/comparison-svg.js';
import type { Drawn } from '../widget-output.js';
import { html } from './html.js';
import { colour, style } from './palette.js';
import type { Pictures } from './pictures.js';
import type { WidgetBody } from './widget-body.js';

/** The chart's width in an email: the 600-pixel layout less the snippet's padding. */
const CHART_WIDTH = 560;
/** Fonts for the PNG, in the order the rasteriser tries them. */
const CHART_FONT = 'Arial, Liberation Sans, Helvetica, DejaVu Sans, sans-serif';

/** Comparator bars as email: the summary in words (for when images are off), the Vega chart as a PNG, areas without a figure. */
export async function comparisonBody({ data, view }: Drawn<'luton-comparator-bars'>, pictures: Pictures): Promise<WidgetBody> {
  const missing = view.missing ? html`<p style="${style.small}">${view.missing}</p>` : '';
  if (view.noData) return { source: view.source, body: html`<p style="${style.heading}">${view.title}</p><p style="${style.p}">${view.noData}</p>${missing}` };
  const svg = await comparisonSvg(data.comparison, { width: CHART_WIDTH, font: CHART_FONT, text: colour.text, muted: colour.muted });
  const height = Number(/height="(\d+(?:\.\d+)?)"/.exec(svg)?.[1] ?? 0);
  const chart = pictures.add('chart', { svg, width: CHART_WIDTH, height }, view.chartAlt);
  return {
    source: view.source,
    body: html`<p style="${style.heading}">${view.caption}</p>
      <p style="${style.p}">${view.summary}</p>
      <div style="margin:0 0 8px;">${chart}</div>
      ${missing}`,
  };
}
