import type { Comparison } from './comparison.js';

/** The named data set of the comparison chart; the elements insert rows into it at run time. */
export const COMPARISON_DATA = 'comparison';

/** Colours of the chart, by role. */
export interface ComparisonColours {
  luton: string;
  reference: string;
  comparator: string;
  /** The value labels at the end of the bars. Default: near-black. */
  text?: string;
}

export const defaultComparisonColours: ComparisonColours = { luton: '#5b2a86', reference: '#1b1b1f', comparator: '#8a8a96', text: '#1b1b1f' };

/**
 * The Vega-Lite spec of a comparison: horizontal bars, highest first, Luton highlighted, each bar
 * labelled with its value. With `comparison` the rows are inlined (ready for vega-embed); without,
 * the spec reads the named data set `comparison`, which is how the widgets compile it ahead of time.
 */
export function comparisonSpec(comparison?: Comparison, options: { title?: string; colours?: ComparisonColours } = {}): Record<string, unknown> {
  const colours = options.colours ?? defaultComparisonColours;
  return {
    $schema: 'https://vega.github.io/schema/vega-lite/v6.json',
    ...(options.title ? { title: options.title } : {}),
    description: 'Luton compared with other areas, one bar per area, highest value first.',
    data: comparison ? { name: COMPARISON_DATA, values: comparison.rows } : { name: COMPARISON_DATA },
    width: 360,
    // The page sets the width (the widget's own width); the plot shrinks so that labels fit inside it.
    autosize: { type: 'fit-x', contains: 'padding' },
    // Room on the right for the value label at the end of the longest bar.
    padding: { left: 5, top: 5, bottom: 5, right: 56 },
    height: { step: 28 },
    encoding: {
      // Rows arrive sorted (highest first) from compareAreas; keeping data order keeps the chart and table in step.
      y: { field: 'name', type: 'nominal', sort: null, title: null, axis: { labelLimit: 160 } },
      x: { field: 'value', type: 'quantitative', stack: null, title: null, axis: { grid: false, labels: false, ticks: false, domain: false } },
    },
    layer: [
      {
        mark: { type: 'bar', cornerRadiusEnd: 3 },
        encoding: {
          color: {
            field: 'role',
            type: 'nominal',
            scale: { domain: ['luton', 'reference', 'comparator'], range: [colours.luton, colours.reference, colours.comparator] },
            legend: null,
          },
        },
      },
      {
        mark: { type: 'text', align: 'left', dx: 4, color: colours.text ?? defaultComparisonColours.text },
        encoding: { text: { field: 'label', type: 'nominal' } },
      },
    ],
    config: { view: { stroke: null }, background: null },
  };
}
