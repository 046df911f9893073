/**
 * What the suite records inside every page it loads, installed before the page's own scripts run:
 * the widgets' `luton-*` events, long main-thread tasks, long animation frames and layout shifts
 * (PerformanceObserver, buffered), and optionally the frame in which a set of tiles all show their value.
 */
import type { Page } from 'puppeteer-core';
import type { ShiftEntry } from './layout-shift.js';

export interface PageRecord {
  /** `error`: a `luton-error`'s message, so that a part that cannot measure says why. */
  events: { type: string; tag: string; at: number; error?: string }[];
  longTasks: { start: number; duration: number }[];
  /** Long animation frames (50 ms and over): script and the rendering it caused, as one frame. */
  longFrames: { start: number; duration: number }[];
  shifts: (ShiftEntry & { sources: string[] })[];
  /** ms after navigation start: the second frame after every watched tile showed its value. */
  tilesShownAt?: number;
}

declare global {
  interface Window {
    __bench: PageRecord;
  }
}

export interface InstrumentOptions {
  /** Tiles to watch, e.g. `luton-kpi, bare-kpi`, and how many the page has. */
  tiles?: { selector: string; count: number };
}

function install(options: InstrumentOptions): void {
  const record: PageRecord = { events: [], longTasks: [], longFrames: [], shifts: [] };
  window.__bench = record;
  for (const type of ['luton-load', 'luton-error', 'luton-chart-ready']) {
    document.addEventListener(
      type,
      (event) => {
        const error = (event as CustomEvent<{ error?: Error }>).detail?.error;
        record.events.push({ type, tag: (event.composedPath()[0] as Element).localName, at: performance.now(), ...(error ? { error: String(error.message) } : {}) });
      },
      true,
    );
  }
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) record.longTasks.push({ start: entry.startTime, duration: entry.duration });
  }).observe({ type: 'longtask', buffered: true });
  if (PerformanceObserver.supportedEntryTypes.includes('long-animation-frame')) {
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) record.longFrames.push({ start: entry.startTime, duration: entry.duration });
    }).observe({ type: 'long-animation-frame', buffered: true });
  }
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean; sources?: { node?: Node }[] })[]) {
      const sources = (entry.sources ?? []).map(({ node }) => {
        const element = node instanceof Element ? node : node?.parentElement;
        const host = element?.getRootNode() instanceof ShadowRoot ? (element.getRootNode() as ShadowRoot).host : undefined;
        const describe = (e: Element | null | undefined) => (e ? `${e.localName}${e.getAttribute('kpi') ? `[kpi=${e.getAttribute('kpi')}]` : ''}` : '?');
        return host ? `${describe(host)} > ${describe(element)}` : describe(element);
      });
      record.shifts.push({ value: entry.value, startTime: entry.startTime, hadRecentInput: entry.hadRecentInput, sources });
    }
  }).observe({ type: 'layout-shift', buffered: true });
  const tiles = options.tiles;
  if (tiles) {
    const check = (): void => {
      const found = document.querySelectorAll(tiles.selector);
      const shown = found.length === tiles.count && [...found].every((t) => t.shadowRoot?.querySelector('[part~="value"]'));
      if (!shown) {
        requestAnimationFrame(check);
        return;
      }
      // The frame after next: the one that starts once the tiles' frame has been laid out and painted.
      requestAnimationFrame(() => requestAnimationFrame(() => (record.tilesShownAt = performance.now())));
    };
    requestAnimationFrame(check);
  }
}

export async function instrument(page: Page, options: InstrumentOptions = {}): Promise<void> {
  await page.evaluateOnNewDocument(install, options);
}

export function pageRecord(page: Page): Promise<PageRecord> {
  return page.evaluate(() => window.__bench);
}
