// What partner pages really download from the CDN build, measured in headless Chromium: the
// budgets of the KPI tile and the chart chunk, and that chart code is fetched only when needed
// and only once. Sizes are min+gzip (level 9) of the files as built.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { after, before, describe, it } from 'node:test';
import { gzipSync } from 'node:zlib';
import type { Browser } from 'puppeteer-core';
import { launchChromium } from './support/chromium.js';
import { serveStatic, type StaticServer } from './support/static-server.js';

const KB = 1024;
/**
 * The KPI-only page's ceiling: what it measured when last lowered (20.42 KB, the 1 KB allowance for
 * following the page's language included), rounded up to the next 0.1 KB. The tile's target is far
 * lower (docs/performance.md), so lower this as the tile shrinks, never raise it again.
 */
const KPI_PAGE_BUDGET = 20.5 * KB;
const CHART_CHUNK_BUDGET = 150 * KB;

let server: StaticServer;
let browser: Browser;

before(async () => {
  server = await serveStatic('.');
  browser = await launchChromium();
});
after(async () => {
  await browser?.close();
  await server?.close();
});

/** Every script the page fetched from the CDN build, once its widgets have drawn. */
async function scriptsLoadedBy(path: string, ready: string): Promise<string[]> {
  const page = await browser.newPage();
  const scripts: string[] = [];
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (url.pathname.startsWith('/packages/elements/dist/cdn/') && url.pathname.endsWith('.js')) scripts.push(url.pathname);
  });
  await page.goto(`${server.base}${path}`);
  await page.waitForFunction(ready, { timeout: 15_000 });
  await page.close();
  return scripts;
}

const gzipSize = (path: string) => gzipSync(readFileSync(`.${path}`), { level: 9 }).length;
const isChartCode = (path: string) => /\/chunks\/(chart-runtime|comparison-chart|comparator-bars)-/.test(path);

describe('CDN budgets and lazy loading', () => {
  it(`a KPI-only page loads at most ${KPI_PAGE_BUDGET / KB} KB of script, and no chart code`, async () => {
    const scripts = await scriptsLoadedBy(
      '/scripts/checks/pages/kpi-only.html',
      `[...document.querySelectorAll('luton-kpi')].every((el) => el.shadowRoot?.querySelector('[part~="value"]'))`,
    );
    assert.ok(scripts.some((s) => s.endsWith('/luton2040.js')), 'the loader was fetched');
    assert.deepEqual(scripts.filter(isChartCode), [], 'no chart code');
    const unique = [...new Set(scripts)];
    const total = unique.reduce((sum, s) => sum + gzipSize(s), 0);
    const breakdown = unique.map((s) => `${s.split('/').pop()} ${(gzipSize(s) / KB).toFixed(2)} KB`).join(', ');
    console.log(`KPI-only page: ${(total / KB).toFixed(2)} KB min+gzip (${breakdown})`);
    assert.ok(total <= KPI_PAGE_BUDGET, `${(total / KB).toFixed(2)} KB exceeds the ${KPI_PAGE_BUDGET / KB} KB budget: ${breakdown}`);
  });

  it('the loader asks for the chunks every widget imports beside the first tag, not after it', async () => {
    const page = await browser.newPage();
    const requested: string[] = [];
    page.on('request', (request) => requested.push(new URL(request.url()).pathname));
    await page.goto(`${server.base}/scripts/checks/pages/kpi-only.html`);
    await page.waitForFunction(`document.querySelector('luton-kpi')?.shadowRoot?.querySelector('[part~="value"]')`, { timeout: 15_000 });
    const preloaded = await page.$$eval('link[rel="modulepreload"]', (links) => links.map((l) => new URL((l as HTMLLinkElement).href).pathname));
    await page.close();
    const kpiChunk = requested.find((path) => /\/chunks\/kpi-[^/]+\.js$/.test(path));
    assert.ok(kpiChunk, 'the KPI chunk was fetched');
    // What the tag's chunk imports is what the loader preloads: no chunk it imports is missing.
    const imports = [...readFileSync(`.${kpiChunk}`, 'utf8').matchAll(/from"\.\/([^"]+)"/g)].map(([, file]) => `/packages/elements/dist/cdn/chunks/${file}`);
    assert.ok(imports.length > 0, 'the KPI chunk imports shared chunks');
    assert.deepEqual(imports.filter((file) => !preloaded.includes(file)), [], `preloaded: ${preloaded.join(', ')}`);
    // Asked for once: the preload and the import are one request.
    for (const file of imports) assert.equal(requested.filter((path) => path === file).length, 1, `${file} was fetched once`);
  });

  it(`three charts fetch the chart chunk once, and it is at most ${CHART_CHUNK_BUDGET / KB} KB`, async () => {
    const scripts = await scriptsLoadedBy(
      '/scripts/checks/pages/three-charts.html',
      `[...document.querySelectorAll('luton-comparator-bars')].every((el) => el.shadowRoot?.querySelector('.vega svg'))`,
    );
    const runtime = scripts.filter((s) => /\/chunks\/chart-runtime-/.test(s));
    const entry = scripts.filter((s) => /\/chunks\/comparison-chart-/.test(s));
    assert.equal(runtime.length, 1, 'the Vega runtime was fetched once');
    assert.equal(entry.length, 1, 'the chart entry was fetched once');
    const chartChunk = gzipSize(runtime[0]!) + gzipSize(entry[0]!);
    console.log(`Chart chunk: ${(chartChunk / KB).toFixed(2)} KB min+gzip`);
    assert.ok(chartChunk <= CHART_CHUNK_BUDGET, `${(chartChunk / KB).toFixed(2)} KB exceeds the ${CHART_CHUNK_BUDGET / KB} KB budget`);
  });
});
