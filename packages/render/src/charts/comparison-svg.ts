import { comparisonSpec, defaultComparisonColours, type Comparison, type ComparisonColours } from '@luton2040/sdk';
import type { Config, Spec } from 'vega';
import type { compile } from 'vega-lite';

/** How the static chart looks; every colour is a real colour, since a drawn chart cannot read CSS. */
export interface ChartStyle {
  /** Width in CSS pixels. Default: 480. */
  width?: number;
  /** Bar colours by role. Default: the SDK's, which are the widgets' light-scheme tokens. */
  colours?: ComparisonColours;
  /** Label colour. Default: the widgets' light-scheme text colour. */
  text?: string;
  /** Axis line colour. Default: the widgets' light-scheme muted colour. */
  muted?: string;
  /** Font family list for labels. */
  font?: string;
}

export const chartDefaults = {
  width: 480,
  text: '#1b1b1f',
  muted: '#4a4a55',
  font: 'system-ui, -apple-system, Segoe UI, Roboto, sans-serif',
} as const;

type Logger = NonNullable<NonNullable<Parameters<typeof compile>[1]>['logger']>;

// Vega-Lite warns about choices the spec makes on purpose (it drops fit-y for a stepped height);
// those warnings would be noise in a server's log. Errors still throw.
const quiet: Logger = {
  level(this: Logger) {
    return this;
  },
  error(...messages: unknown[]) {
    throw new Error(messages.map(String).join(' '));
  },
  warn(this: Logger) {
    return this;
  },
  info(this: Logger) {
    return this;
  },
  debug(this: Logger) {
    return this;
  },
} as Logger;

function configOf(style: ChartStyle): Config {
  const text = style.text ?? chartDefaults.text;
  const font = style.font ?? chartDefaults.font;
  const muted = style.muted ?? chartDefaults.muted;
  // The same settings the widget gives the chart in the browser (charts/comparison-chart.ts), with fixed colours.
  const axis = { labelColor: text, labelFont: font, labelFontSize: 13, domainColor: muted, tickColor: muted };
  return { background: 'transparent', axis, text: { fill: text, font, fontSize: 13 }, view: { stroke: null } } as Config;
}

/**
 * The comparison chart as an SVG document, drawn by Vega in Node (no canvas, no DOM) from the
 * Vega-Lite spec the SDK publishes: the chart a page draws with vega-embed, as a static picture.
 */
export async function comparisonSvg(comparison: Comparison, style: ChartStyle = {}): Promise<string> {
  if (comparison.rows.length === 0) throw new RangeError('a comparison without rows has no chart');
  // Imported here, not at the top: vega's Node build reaches a top-level await (its optional canvas),
  // which would stop `require('@luton2040/render')` from CommonJS and slow every import of the package.
  const [{ parse, View }, { compile }] = await Promise.all([import('vega'), import('vega-lite')]);
  const { spec } = compile(comparisonSpec(comparison, { colours: style.colours ?? defaultComparisonColours }) as never, { logger: quiet });
  const view = new View(parse(spec as Spec, configOf(style)), { renderer: 'none' });
  try {
    view.width(style.width ?? chartDefaults.width);
    return await view.toSVG();
  } finally {
    view.finalize();
  }
}
