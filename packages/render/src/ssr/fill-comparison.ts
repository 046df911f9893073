import { defaultComparisonColours } from '@luton2040/sdk';
import { comparisonSvg, type ChartStyle } from '../charts/comparison-svg.js';
import type { Drawn } from '../widget-output.js';
import { replaceOnce, styleEach } from './markup-edits.js';

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

/** The comparator bars' first-paint bar widths (set through the CSSOM in the browser), and the chart as static SVG. */
export async function fillComparison(html: string, { data, view, attributes }: Drawn<'luton-comparator-bars'>, chart: ChartStyle): Promise<string> {
  if (view.noData || view.asTable) return html;
  html = styleEach(html, /<span class="bar"/g, view.bars.map((bar) => `--_share:${bar.share}`), 'bars');
  if (attributes.chart === 'html') return html;

  const svg = (await comparisonSvg(data.comparison, chart)).replace('<svg ', '<svg aria-hidden="true" focusable="false" ');
  html = replaceOnce(html, '<div part="chart"', '<div part="chart" data-chart="drawn"', 'chart box');
  return replaceOnce(html, '<div class="vega"></div>', `<div class="vega">${chartStyles(chart)}${svg}</div>`, 'chart slot');
}
