/**
 * The lean Vega runtime of the chart chunk: the parser, the view and the SVG renderer, with only
 * the dataflow transforms a compiled bar chart uses (all of Vega registers dozens more: geo,
 * hierarchy, force, word clouds...). Expressions run through Vega's AST interpreter, never through
 * `new Function`, so charts work under a Content-Security-Policy without 'unsafe-eval'.
 */
import { transforms } from 'vega-dataflow';
import { axisticks, datajoin, encode, legendentries, scale, sortitems } from 'vega-encode';
import { expressionInterpreter } from 'vega-interpreter';
import { parse } from 'vega-parser';
import { aggregate, collect, compare, extent, field, filter, formula, key, multiextent, params, proxy, relay, sieve, values } from 'vega-transforms';
import { View } from 'vega-view';
import { bound, identifier, mark, overlap, render, viewlayout } from 'vega-view-transforms';
import type { Config, Spec } from 'vega';
import { shielded } from './prototype-shield.js';

Object.assign(transforms, {
  aggregate, collect, compare, extent, field, filter, formula, key, multiextent, params, proxy, relay, sieve, values,
  bound, identifier, mark, overlap, render, viewlayout,
  axisticks, datajoin, encode, legendentries, scale, sortitems,
});

export interface ChartHandle {
  /** Replaces the rows of a named data set and redraws. */
  update(data: string, rows: readonly object[]): Promise<void>;
  resize(width: number): Promise<void>;
  setSignal(name: string, value: unknown): Promise<void>;
  destroy(): void;
}

/**
 * Draws a compiled Vega spec as SVG into `container`. Every call into Vega runs shielded from
 * what the host page added to Object.prototype (see prototype-shield.ts).
 */
export async function drawChart(container: HTMLElement, spec: Spec, config: Config, width: number): Promise<ChartHandle> {
  const view = await shielded(async () => {
    const runtime = parse(spec, config, { ast: true });
    const created = new View(runtime as never, { expr: expressionInterpreter, renderer: 'svg', container, hover: false } as never);
    created.width(width);
    await created.runAsync();
    return created;
  });
  return {
    update: (data, rows) => shielded(() => view.data(data, rows as object[]).runAsync().then(() => {})),
    resize: (w) => shielded(() => view.width(w).runAsync().then(() => {})),
    setSignal: (name, value) => shielded(() => view.signal(name, value).runAsync().then(() => {})),
    destroy: () => void shielded(() => view.finalize()),
  };
}
