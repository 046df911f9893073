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

declare global {
  interface GlobalEventHandlersEventMap {
    'luton-load': CustomEvent<LutonLoadDetail>;
    'luton-error': CustomEvent<LutonErrorDetail>;
    'luton-filter-change': CustomEvent<LutonFilterChangeDetail>;
    'luton-chart-ready': CustomEvent<void>;
  }
}

/** Dispatches a `luton-*` event that bubbles out of the shadow root to the page. */
export function emit<K extends 'luton-load' | 'luton-error'>(
  host: HTMLElement,
  type: K,
  detail: GlobalEventHandlersEventMap[K]['detail'],
): void {
  host.dispatchEvent(new CustomEvent(type, { detail, bubbles: true, composed: true }));
}
