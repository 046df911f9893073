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

/** Draws a compiled Vega spec as SVG into `container`. */
export async function drawChart(container: HTMLElement, spec: Spec, config: Config, width: number): Promise<ChartHandle> {
  const runtime = parse(spec, config, { ast: true });
  const view = new View(runtime as never, { expr: expressionInterpreter, renderer: 'svg', container, hover: false } as never);
  view.width(width);
  await view.runAsync();
  return {
    update: async (data, rows) => {
      view.data(data, rows as object[]);
      await view.runAsync();
    },
    resize: async (w) => {
      view.width(w);
      await view.runAsync();
    },
    setSignal: async (name, value) => {
      view.signal(name, value);
      await view.runAsync();
    },
    destroy: () => view.finalize(),
  };
}
