/**
 * Entry of the chart chunk: everything Vega lives behind this module, which only chart elements
 * import, lazily, once they scroll into view. The module cache makes it one download per page.
 */
import type { Config } from 'vega';
import { comparisonVegaSpec } from './comparison.vega.js';
import { drawChart, type ChartHandle } from './vega-runtime.js';

/** Colours the chart takes from the widget's theme tokens, resolved to real colours. */
export interface ChartTheme {
  text: string;
  muted: string;
  luton: string;
  reference: string;
  comparator: string;
  font: string;
}

function configFor(theme: ChartTheme): Config {
  const axis = { labelColor: theme.text, labelFont: theme.font, labelFontSize: 13, domainColor: theme.muted, tickColor: theme.muted };
  return { background: 'transparent', axis, text: { fill: theme.text, font: theme.font, fontSize: 13 }, view: { stroke: null } } as Config;
}

/** Draws the comparison bars for `rows` into `container`, `width` pixels wide. */
export async function drawComparison(container: HTMLElement, rows: readonly object[], theme: ChartTheme, width: number): Promise<ChartHandle> {
  // Vega places each label by its text-anchor and measures it left to right; a right-to-left page's
  // direction, inherited into the SVG, flips every anchor and draws names and values over the bars.
  // The chart keeps its own layout (values grow rightwards) whatever the page's direction.
  container.dir = 'ltr';
  const chart = await drawChart(container, comparisonVegaSpec, configFor(theme), width);
  await chart.setSignal('roleColours', [theme.luton, theme.reference, theme.comparator]);
  await chart.setSignal('textColour', theme.text);
  await chart.update('comparison', rows);
  return chart;
}
