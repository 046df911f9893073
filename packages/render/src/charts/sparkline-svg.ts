import { render } from '@lit-labs/ssr';
import { collectResult } from '@lit-labs/ssr/lib/render-result.js';
import { sparkline } from '@luton2040/elements/components/kpi/sparkline.js';
import type { Observation } from '@luton2040/sdk';

/** A drawn picture with its size in CSS pixels. */
export interface Drawing {
  svg: string;
  width: number;
  height: number;
}

/**
 * The KPI tile's own sparkline (the same drawing code) as a standalone SVG document, in `colour`,
 * or `undefined` for a series too short to draw.
 */
export async function sparklineSvg(series: readonly Observation[], colour: string): Promise<Drawing | undefined> {
  const drawing = sparkline(series);
  if (!drawing) return undefined;
  const inner = await collectResult(render(drawing));
  const [, width = '0', height = '0'] = /viewBox="0 0 (\d+) (\d+)"/.exec(inner) ?? [];
  // The tile's line is drawn in `currentColor`; a standalone picture has to say what that colour is.
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" color="${colour}">${inner}</svg>`;
  return { svg, width: Number(width), height: Number(height) };
}
