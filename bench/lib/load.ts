/** One measured page load: a cold page, instrumented, on the suite's server with a given latency. */
import type { Page } from 'puppeteer-core';
import { coldPage, desktop, type ColdPage, type Viewport } from './browser.js';
import type { Context } from './context.js';
import { instrument, pageRecord, type InstrumentOptions, type PageRecord } from './instrument.js';
import type { BenchServer, ServedRequest } from './server.js';

export interface LoadOptions {
  viewport?: Viewport;
  /** ms each response is held back: a number for every response, or by path and content type. */
  latency?: number | ((path: string, contentType: string) => number);
  instrument?: InstrumentOptions;
  /** Resolves when the page shows what is being measured. */
  ready(page: Page): Promise<unknown>;
  /** Then wait until the network has been quiet this long (ms), to catch what loads late. */
  idle?: number;
}

/** The hint given when a page's request fails: a missing build is the usual cause. */
const buildHint = 'run "npm run build:packages && npm run build:demo", or npm run bench without --no-build';

export interface Loaded extends ColdPage {
  /** The server's clock when `ready` resolved. */
  readyAt: number;
  /** Every request the page made (the browser's own favicon request left out). */
  requests(): ServedRequest[];
  record(): Promise<PageRecord>;
  /** Warnings, errors and uncaught exceptions the page printed. */
  messages: string[];
}

export const waitForTiles = (page: Page) => page.waitForFunction(() => window.__bench?.tilesShownAt !== undefined, { timeout: 180_000, polling: 50 });

export async function loadPage(ctx: Context, server: BenchServer, path: string, options: LoadOptions): Promise<Loaded> {
  const cold = await coldPage(await ctx.browser(), options.viewport ?? desktop);
  await instrument(cold.page, options.instrument);
  const messages: string[] = [];
  cold.page.on('console', (message) => {
    if (message.type() === 'warn' || message.type() === 'error') messages.push(`${message.type()}: ${message.text()}`);
  });
  cold.page.on('pageerror', (error) => messages.push(`uncaught: ${error instanceof Error ? error.message : String(error)}`));
  const latency = options.latency ?? 0;
  server.delay = typeof latency === 'number' ? () => latency : latency;
  server.clear();
  try {
    await cold.page.goto(`${server.base}${path}`, { waitUntil: 'load', timeout: 180_000 });
    await options.ready(cold.page);
    const readyAt = server.now();
    if (options.idle) await cold.page.waitForNetworkIdle({ idleTime: options.idle, timeout: 60_000 });
    // A page whose files are missing measures nothing worth reporting.
    const failed = server.requests.filter((r) => r.status >= 400 && r.path !== '/favicon.ico');
    if (failed.length) throw new Error(`the server answered ${failed.map((r) => `${r.status} ${r.path}`).join(', ')}: ${buildHint}`);
    return {
      ...cold,
      readyAt,
      requests: () => server.requests.filter((r) => r.path !== '/favicon.ico'),
      record: () => pageRecord(cold.page),
      messages,
      close: async () => {
        server.delay = () => 0;
        await cold.close();
      },
    };
  } catch (error) {
    server.delay = () => 0;
    await cold.close();
    throw new Error(`${path}: ${error instanceof Error ? error.message : String(error)}`);
  }
}

/** Unique requests by path (a page may ask twice; it downloads once per URL with a warm cache). */
export function uniqueByPath(requests: readonly ServedRequest[]): ServedRequest[] {
  return [...new Map(requests.map((r) => [r.path, r])).values()];
}

export const isScript = (r: ServedRequest) => r.contentType.includes('javascript');
