/**
 * Chromium as the suite drives it: the Debian build (CHROME_PATH), one browser for the whole run,
 * and every measured load in a fresh incognito context with the cache disabled, a fixed viewport
 * and no CPU throttling, so that runs repeat.
 */
import puppeteer, { type Browser, type CDPSession, type Page } from 'puppeteer-core';

// A variable specifier, because the shared Chromium settings are JavaScript without type declarations.
const chromeModule = '../../scripts/chrome.mjs';
const { chromeArgs, chromePath }: { chromeArgs: string[]; chromePath: () => string } = await import(chromeModule);

export interface Viewport {
  width: number;
  height: number;
  /** A phone: honours `<meta name="viewport">` and reports touch. */
  mobile?: boolean;
}

export const desktop: Viewport = { width: 1280, height: 800 };
export const phone: Viewport = { width: 375, height: 812, mobile: true };

export function launchBrowser(): Promise<Browser> {
  return puppeteer.launch({
    executablePath: chromePath(),
    headless: true,
    // Timers and frames at full rate even though no window is in front.
    args: [...chromeArgs, '--disable-background-timer-throttling', '--disable-renderer-backgrounding', '--disable-backgrounding-occluded-windows', '--disable-extensions'],
  });
}

export interface ColdPage {
  page: Page;
  cdp: CDPSession;
  close(): Promise<void>;
}

/** A page in a context of its own (no cookies, storage or cache shared with other runs). */
export async function coldPage(browser: Browser, viewport: Viewport = desktop): Promise<ColdPage> {
  const context = await browser.createBrowserContext();
  const page = await context.newPage();
  await page.setCacheEnabled(false);
  await page.setViewport({ width: viewport.width, height: viewport.height, deviceScaleFactor: 1, isMobile: Boolean(viewport.mobile), hasTouch: Boolean(viewport.mobile) });
  // Functions the suite runs in the page are compiled by tsx, which wraps named functions in
  // esbuild's `__name` helper: the page needs the helper too.
  await page.evaluateOnNewDocument('globalThis.__name = (target) => target;');
  const cdp = await page.createCDPSession();
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
  await cdp.send('Performance.enable');
  return { page, cdp, close: () => context.close() };
}

/** Chromium's own counters (`Performance.getMetrics`): JSHeapUsedSize, Nodes, RecalcStyleDuration (s)... */
export async function metrics(cdp: CDPSession): Promise<Record<string, number>> {
  const { metrics: list } = await cdp.send('Performance.getMetrics');
  return Object.fromEntries(list.map((m) => [m.name, m.value]));
}

/** The JS heap in use after a full garbage collection, in bytes. */
export async function heapAfterGc(cdp: CDPSession): Promise<number> {
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('HeapProfiler.collectGarbage');
  return (await metrics(cdp)).JSHeapUsedSize ?? Number.NaN;
}
