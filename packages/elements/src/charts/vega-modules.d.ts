// Vega's sub-packages ship no type declarations; these cover the little the widgets use of them.
declare module 'vega-dataflow' {
  export const transforms: Record<string, unknown>;
}
declare module 'vega-transforms' {
  export const aggregate: unknown, collect: unknown, compare: unknown, extent: unknown, field: unknown, filter: unknown,
    formula: unknown, key: unknown, multiextent: unknown, params: unknown, proxy: unknown, relay: unknown, sieve: unknown,
    values: unknown;
}
declare module 'vega-view-transforms' {
  export const bound: unknown, identifier: unknown, mark: unknown, overlap: unknown, render: unknown, viewlayout: unknown;
}
declare module 'vega-encode' {
  export const axisticks: unknown, datajoin: unknown, encode: unknown, legendentries: unknown, scale: unknown, sortitems: unknown;
}
declare module 'vega-parser' {
  import type { Config, Spec } from 'vega';
  export function parse(spec: Spec, config?: Config, options?: { ast?: boolean }): unknown;
}
declare module 'vega-view' {
  export { View } from 'vega';
}
