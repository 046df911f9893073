import { svg, type SVGTemplateResult } from 'lit';
import type { Observation } from '@luton2040/sdk';

const WIDTH = 120;
const HEIGHT = 32;
const PAD = 3;

/**
 * A small inline-SVG line of a series, drawn without any chart library: the tile must stay light.
 * Points are spaced by order, not by date, because periods can be years, months or academic years.
 */
export function sparkline(series: readonly Observation[]): SVGTemplateResult | undefined {
  if (series.length < 2) return undefined;
  const values = series.map((o) => o.value);
  const min = Math.min(...values);
  const max = Math.max(...values);
  const span = max - min || 1;
  const x = (i: number) => PAD + (i * (WIDTH - 2 * PAD)) / (series.length - 1);
  const y = (v: number) => HEIGHT - PAD - ((v - min) * (HEIGHT - 2 * PAD)) / span;
  const points = values.map((v, i) => `${x(i).toFixed(1)},${y(v).toFixed(1)}`).join(' ');
  const last = values.length - 1;
  return svg`<svg part="sparkline" viewBox="0 0 ${WIDTH} ${HEIGHT}" width=${WIDTH} height=${HEIGHT} aria-hidden="true" focusable="false">
    <polyline points=${points} fill="none" stroke="currentColor" stroke-width="2" stroke-linejoin="round" stroke-linecap="round"></polyline>
    <circle cx=${x(last).toFixed(1)} cy=${y(values[last]!).toFixed(1)} r="3" fill="currentColor"></circle>
  </svg>`;
}
