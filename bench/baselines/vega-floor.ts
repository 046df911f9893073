/**
 * The Vega floor: the same compiled chart drawn by the whole `vega` package (every transform, as
 * its npm entry registers them) with the AST interpreter that strict CSP needs. It is what the
 * comparator's chart chunk would weigh without the lean runtime, and draws the same spec with the
 * same settings as `drawComparison` in packages/elements/src/charts/comparison-chart.ts.
 */
import { parse, View, type Config } from 'vega';
import { expressionInterpreter } from 'vega-interpreter';
import { comparisonVegaSpec } from '../../packages/elements/src/charts/comparison.vega.js';
import type { DrawChart } from './chart-types.js';

export const drawVega: DrawChart = async (container, rows, theme, width) => {
  const axis = { labelColor: theme.text, labelFont: theme.font, labelFontSize: 13, domainColor: theme.muted, tickColor: theme.muted };
  const config = { background: 'transparent', axis, text: { fill: theme.text, font: theme.font, fontSize: 13 }, view: { stroke: null } } as Config;
  const view = new View(parse(comparisonVegaSpec, config, { ast: true }), { expr: expressionInterpreter, renderer: 'svg', container, hover: false } as never);
  view.width(width);
  await view.runAsync();
  view.signal('roleColours', [theme.luton, theme.reference, theme.comparator]);
  await view.runAsync();
  view.signal('textColour', theme.text);
  await view.runAsync();
  view.data('comparison', rows as object[]);
  await view.runAsync();
  return view;
};
