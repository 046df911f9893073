// Layout in a real browser (Chromium), after `npm run build`: the demo, the plain-HTML example and a
// page of every widget at 320, 375, 768 and 1280 px, light and dark. No page scrolls sideways, and
// every widget's box, and everything drawn inside it, stays within the column it was put in. With
// the feed 2 s late, the page does not move when the data arrives: layout shift as browsers report
// it (PerformanceObserver 'layout-shift', largest session window), for a partner page of twelve
// tiles with and without the guide's reserve CSS, and the demo. Screenshots of every page, width
// and scheme are saved in test-artifacts/layout/ (git-ignored) for a person to look at.
import assert from 'node:assert/strict';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { headlineSeries } from '@luton2040/sdk';
import type { Browser, Page } from 'puppeteer-core';
import { cumulativeLayoutShift, type ShiftEntry } from '../../bench/lib/layout-shift.js';
import { partnerTilesPage } from '../../bench/lib/pages.js';
import { reserveCss } from '../../packages/elements/src/widget/reserved-sizes.js';
import { feedKpis, launchChromium, startServer, type ExampleServer } from './examples-server.js';
import { WIDGET_TAGS, settledWidgets } from './examples-widgets.js';

const ARTIFACTS = 'test-artifacts/layout';
const WIDTHS = [320, 375, 768, 1280];
const SCHEMES = ['light', 'dark'] as const;
const PAGES = { demo: '/examples/', 'plain-html': '/examples/plain-html/', 'every-widget': '/scripts/checks/pages/every-widget.html' };
const FEED_DELAY = 2000;

let server: ExampleServer;
let browser: Browser;
const fixtures = join(ARTIFACTS, 'pages');

before(async () => {
  mkdirSync(fixtures, { recursive: true });
  server = await startServer();
  server.mount('layout-fixtures', fixtures);
  browser = await launchChromium();
});

after(async () => {
  await browser?.close();
  await server?.close();
});

const viewport = (width: number) => ({ width, height: width < 768 ? 812 : 800, isMobile: width < 768, hasTouch: width < 768 });

/** In the page: how far the document scrolls sideways, and every widget (or part of one) outside its container. */
const MEASURE = `(() => {
  const root = document.documentElement;
  const outside = [];
  const describe = (el) => el.localName + (el.getAttribute('part') ? '[part=' + el.getAttribute('part') + ']' : el.className ? '.' + String(el.className).split(' ')[0] : '');
  for (const widget of document.querySelectorAll(${JSON.stringify(WIDGET_TAGS.join(','))})) {
    const box = widget.getBoundingClientRect();
    // The column it was put in: the nearest ancestor with a box (<luton-data> has none of its own).
    let container = widget.parentElement;
    while (container.getBoundingClientRect().width === 0 && container.parentElement) container = container.parentElement;
    const parent = container.getBoundingClientRect();
    const name = widget.localName + '[' + [...widget.attributes].map((a) => a.name + '=' + a.value).join(' ') + ']';
    if (box.left < parent.left - 0.5 || box.right > parent.right + 0.5) outside.push(name + ' is ' + Math.round(box.width) + ' px in a ' + Math.round(parent.width) + ' px container');
    for (const el of widget.shadowRoot ? widget.shadowRoot.querySelectorAll('*') : []) {
      if (el.closest('.visually-hidden')) continue;
      const r = el.getBoundingClientRect();
      if (r.width === 0 || r.height === 0) continue;
      if (r.left < box.left - 0.5 || r.right > box.right + 0.5) outside.push(name + ' ' + describe(el) + ' spans ' + Math.round(r.left) + '-' + Math.round(r.right) + ' px, the widget ' + Math.round(box.left) + '-' + Math.round(box.right));
    }
  }
  return { overflow: root.scrollWidth - root.clientWidth, outside };
})()`;

async function open(path: string, width: number, scheme: (typeof SCHEMES)[number]): Promise<Page> {
  const page = await browser.newPage();
  await page.setViewport(viewport(width));
  await page.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: scheme }]);
  await page.goto(`${server.url}${path}`);
  await settledWidgets(page);
  // Charts are drawn once in view: bring each into view, as a reader scrolling down would.
  await page.evaluate(`(async () => { for (const el of document.querySelectorAll('luton-comparator-bars')) { el.scrollIntoView(); await new Promise((r) => setTimeout(r, 400)); } window.scrollTo(0, 0); })()`);
  await page.waitForNetworkIdle({ idleTime: 300, timeout: 20_000 });
  return page;
}

describe('layout at every width, light and dark', () => {
  for (const [name, path] of Object.entries(PAGES)) {
    for (const width of WIDTHS) {
      for (const scheme of SCHEMES) {
        test(`${name} at ${width} px, ${scheme}: no sideways scrolling, every widget within its column`, async () => {
          const page = await open(path, width, scheme);
          const { overflow, outside } = (await page.evaluate(MEASURE)) as { overflow: number; outside: string[] };
          writeFileSync(join(ARTIFACTS, `${name}-${width}-${scheme}.png`), await page.screenshot({ fullPage: true }));
          await page.close();
          assert.deepEqual(outside, [], 'widgets and their parts stay within their container');
          assert.equal(overflow, 0, `the document scrolls ${overflow} px sideways`);
        });
      }
    }
  }
});

/** Records layout shifts from the first frame, and when every KPI tile on the page was first drawn by its script. */
const RECORD_SHIFTS = `window.__shifts = []; new PerformanceObserver((list) => { for (const e of list.getEntries()) window.__shifts.push({ value: e.value, startTime: e.startTime, hadRecentInput: e.hadRecentInput }); }).observe({ type: 'layout-shift', buffered: true });
customElements.whenDefined('luton-kpi').then(() => requestAnimationFrame(() => requestAnimationFrame(() => { window.__upgraded = performance.now(); })));`;

/** Layout shift while `path` loads with every feed file answered 2 s late: the whole load, and from the tiles' first drawing on. */
async function layoutShift(path: string, width: number): Promise<{ load: number; afterScript: number }> {
  const page = await browser.newPage();
  await page.setViewport(viewport(width));
  await page.evaluateOnNewDocument(RECORD_SHIFTS);
  await page.setRequestInterception(true);
  page.on('request', (request) => {
    if (request.url().includes('/feed/')) setTimeout(() => void request.continue(), FEED_DELAY);
    else void request.continue();
  });
  await page.goto(`${server.url}${path}`);
  await settledWidgets(page, 30_000);
  await new Promise((resolve) => setTimeout(resolve, 1000)); // late shifts (a chart drawn) count too
  const shifts = (await page.evaluate('window.__shifts')) as ShiftEntry[];
  const upgraded = (await page.evaluate('window.__upgraded')) as number;
  await page.close();
  // No input is made: a shift flagged as after input is mobile emulation's phantom touch, and counts.
  const cls = (entries: ShiftEntry[]) => cumulativeLayoutShift(entries, { countInputShifts: true });
  return { load: cls(shifts), afterScript: cls(shifts.filter((s) => s.startTime > upgraded)) };
}

describe('no layout shift when the feed is 2 s late', () => {
  // The tiles the benchmark's partner page shows: the first twelve KPIs with a figure.
  const kpis = feedKpis().filter((k) => headlineSeries(k).length > 0).slice(0, 12);
  const page = (file: string, html: string) => {
    writeFileSync(join(fixtures, file), html);
    return `/layout-fixtures/${file}`;
  };
  for (const width of [1280, 375]) {
    test(`12 KPI tiles at ${width} px with the guide's reserve CSS: CLS below 0.02 for the whole load`, async () => {
      const { load } = await layoutShift(page('tiles-reserved.html', partnerTilesPage(kpis, `<style>${reserveCss()}</style>`)), width);
      assert.ok(load < 0.02, `CLS ${load.toFixed(3)}`);
    });
    // Without the reserve CSS the page paints each tile's fallback link before any script has run,
    // and the tile that replaces it is taller: that move is the page's to prevent (the guide says how).
    // From the tiles' first drawing on, the late feed moves nothing.
    test(`12 KPI tiles at ${width} px without the reserve CSS: CLS below 0.02 once the script has drawn the tiles`, async (t) => {
      const { load, afterScript } = await layoutShift(page('tiles-plain.html', partnerTilesPage(kpis)), width);
      t.diagnostic(`CLS of the whole load, fallback links replaced by tiles included: ${load.toFixed(3)}`);
      assert.ok(afterScript < 0.02, `CLS ${afterScript.toFixed(3)} after the tiles were first drawn`);
    });
    test(`the demo at ${width} px: CLS below 0.05 for the whole load`, async () => {
      const { load } = await layoutShift('/examples/', width);
      assert.ok(load < 0.05, `CLS ${load.toFixed(3)}`);
    });
  }
});
