/** Detail of `luton-load`: the widget has drawn data from the feed. */
export interface LutonLoadDetail {
  /** Which resource and record were shown, e.g. `kpis` / `neet-rate`. */
  resource: string;
  id?: string;
}

/** Detail of `luton-error`: the widget could not show its data and is showing an error instead. */
export interface LutonErrorDetail {
  error: Error;
}

/** Detail of `luton-filter-change`: the filters a reader chose in a widget's controls. */
export interface LutonFilterChangeDetail {
  priority?: string | undefined;
  owner?: string | undefined;
  partner?: string | undefined;
  status?: string | undefined;
  year?: number | undefined;
}

/** Every event a `luton-*` element sends, by name, with the type of its detail. */
export interface LutonEventMap {
  'luton-load': LutonLoadDetail;
  'luton-error': LutonErrorDetail;
  'luton-filter-change': LutonFilterChangeDetail;
  'luton-chart-ready': void;
}

type LutonEvents = { [K in keyof LutonEventMap]: CustomEvent<LutonEventMap[K]> };

declare global {
  // Typed listeners on any element: `el.addEventListener('luton-load', (e) => e.detail.resource)`.
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  interface GlobalEventHandlersEventMap extends LutonEvents {}
}

/** Dispatches a `luton-*` event that bubbles out of the shadow root to the page; the detail is checked against the map. */
export function emit<K extends keyof LutonEventMap>(host: HTMLElement, type: K, ...[detail]: LutonEventMap[K] extends void ? [] : [LutonEventMap[K]]): void {
  host.dispatchEvent(new CustomEvent(type, { detail, bubbles: true, composed: true }));
}
