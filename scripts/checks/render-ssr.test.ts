// Server-rendered widgets (@luton2040/render) in headless Chromium: with JavaScript off they show
// the feed's figures from their declarative shadow roots; with the CDN loader they upgrade over
// that content without a loading state or a change of size, and then draw what the server drew.
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { feedClient, renderWidget, type Widget } from '@luton2040/render';
import type { LutonClient } from '@luton2040/sdk';
import type { Browser, Page } from 'puppeteer-core';
import { expectedTexts, oneOfEach } from '../../packages/render/src/test-widgets.js';
import { launchChromium } from './support/chromium.js';
import { serveStatic, type StaticServer } from './support/static-server.js';

const FEED_DIR = resolve('dist/demo/feed');
const CDN_DIR = resolve('packages/elements/dist/cdn');
const REGISTRY = resolve('dist/demo/registry/registry-public.json');
for (const file of [join(FEED_DIR, 'index.json'), join(CDN_DIR, 'luton2040.js'), REGISTRY, resolve('packages/render/dist/index.js')]) {
  if (!existsSync(file)) throw new Error(`${file} is missing: run "npm run build" first.`);
}

let browser: Browser;
let server: StaticServer;
let site: string;
let client: LutonClient;
let widgets: Widget[];
/** Texts each widget must show, worked out from the feed through the SDK. */
const expected = new Map<string, string[]>();

/** Text of each widget's shadow root, without styles and the chart (drawn differently on each side). */
function shadowTexts(page: Page): Promise<Record<string, string>> {
  return page.evaluate(() => {
    const texts: Record<string, string> = {};
    for (const el of document.querySelectorAll('main > *')) {
      if (!el.shadowRoot) continue;
      const copy = document.createElement('div');
      copy.append(...[...el.shadowRoot.childNodes].map((n) => n.cloneNode(true)));
      copy.querySelectorAll('style, .vega').forEach((n) => n.remove());
      texts[el.localName] = (copy.textContent ?? '').replace(/\s+/g, ' ').trim();
    }
    return texts;
  });
}

/**
 * Runs in the page before the loader (a classic script, after the widgets are parsed): records any
 * loading state added to a widget's shadow root, any frame painted while a widget had no content,
 * and each widget's `luton-load`.
 */
const watcher = `(() => {
  const seen = (window.lutonSeen = { busy: [], blank: [], loaded: [] });
  const widgets = [...document.querySelectorAll('main > *')];
  document.addEventListener('luton-load', (e) => seen.loaded.push(e.target.localName));
  for (const el of widgets) {
    new MutationObserver((records) => {
      for (const r of records) for (const n of r.addedNodes) if (n.nodeType === 1 && (n.matches('[aria-busy]') || n.querySelector('[aria-busy]'))) seen.busy.push(el.localName);
    }).observe(el.shadowRoot, { childList: true, subtree: true });
  }
  const frame = () => {
    for (const el of widgets) if (!el.shadowRoot.querySelector('[part~="base"]')) seen.blank.push(el.localName);
    if (seen.loaded.length < widgets.length) requestAnimationFrame(frame);
  };
  requestAnimationFrame(frame);
})();`;

function sizes(page: Page): Promise<Record<string, { width: number; height: number }>> {
  return page.evaluate(() =>
    Object.fromEntries([...document.querySelectorAll('main > *')].map((el) => [el.localName, { width: el.getBoundingClientRect().width, height: el.getBoundingClientRect().height }])),
  );
}

async function openPage(javaScript: boolean): Promise<Page> {
  const page = await browser.newPage();
  await page.setViewport({ width: 900, height: 1600 });
  await page.setJavaScriptEnabled(javaScript);
  return page;
}

before(async () => {
  client = feedClient(join(FEED_DIR, 'index.json'));
  const registryKey: string = JSON.parse(readFileSync(REGISTRY, 'utf8')).publicKey;
  widgets = await oneOfEach(client, registryKey);
  for (const w of widgets) expected.set(w.tag, await expectedTexts(client, w));

  site = mkdtempSync(join(tmpdir(), 'luton2040-ssr-'));
  symlinkSync(FEED_DIR, join(site, 'feed'));
  symlinkSync(CDN_DIR, join(site, 'cdn'));
  // The widgets read the feed at the same address once hydrated as the server read it from disk.
  // The page declares its (empty) icon: otherwise Chromium asks for /favicon.ico, and the 404 it logs
  // lands in the console at a moment that varies from run to run.
  const body = (await Promise.all(widgets.map((w) => renderWidget(w, { client, src: '/feed/index.json' })))).join('\n');
  const page = (script: string) =>
    `<!doctype html><html lang="en-GB"><head><meta charset="utf-8"><link rel="icon" href="data:,"><title>Server-rendered widgets</title></head><body><main style="max-width:44rem;display:grid;gap:1rem">${body}</main>${script}</body></html>`;
  writeFileSync(join(site, 'static.html'), page(''));
  writeFileSync(join(site, 'hydrated.html'), page(`<script>${watcher}</script><script type="module" src="/cdn/luton2040.js"></script>`));
  server = await serveStatic(site);
  browser = await launchChromium();
});

after(async () => {
  await browser?.close();
  await server?.close();
  if (site) rmSync(site, { recursive: true, force: true });
});

describe('server-rendered widgets', () => {
  it('show the feed’s figures with JavaScript off', async () => {
    const page = await openPage(false);
    await page.goto(`${server.base}/static.html`);
    const texts = await shadowTexts(page);
    for (const { tag } of widgets) {
      assert.ok(texts[tag], `<${tag}> has a shadow root from the HTML alone`);
      for (const text of expected.get(tag)!) assert.ok(texts[tag]!.includes(text), `<${tag}> shows "${text}"`);
    }
    const state = await page.evaluate(() => ({
      defined: ['luton-kpi', 'luton-comparator-bars', 'luton-action-tracker', 'luton-vacancy-feed', 'luton-pledge-badge'].filter((t) => customElements.get(t)),
      busy: [...document.querySelectorAll('main > *')].filter((el) => el.shadowRoot?.querySelector('[aria-busy]')).map((el) => el.localName),
      chart: (() => {
        const root = document.querySelector('luton-comparator-bars')!.shadowRoot!;
        const svg = root.querySelector('.vega svg')!.getBoundingClientRect();
        const bars = getComputedStyle(root.querySelector('.bars')!).visibility;
        return { width: svg.width, height: svg.height, bars };
      })(),
      segments: [...document.querySelector('luton-action-tracker')!.shadowRoot!.querySelectorAll('.progress')].map((bar) =>
        [...bar.querySelectorAll('.segment')].reduce((sum, s) => sum + s.getBoundingClientRect().width, 0) / bar.getBoundingClientRect().width,
      ),
    }));
    assert.deepEqual(state.defined, [], 'no element was defined: only HTML and CSS are at work');
    assert.deepEqual(state.busy, [], 'no widget shows a loading state');
    assert.ok(state.chart.width > 100 && state.chart.height > 20, 'the static chart is drawn');
    assert.equal(state.chart.bars, 'hidden', 'the chart stands in for the plain bars');
    assert.ok(state.segments.length > 0 && state.segments.every((share) => share > 0.95), 'each progress bar is filled by its segments');
    for (const [tag, { width, height }] of Object.entries(await sizes(page))) assert.ok(width > 200 && height > 40, `<${tag}> takes its room`);
    await page.close();
  });

  it('upgrade over their content without a loading state or a jump, then draw the same from the live feed', async () => {
    const before = await openPage(false);
    await before.goto(`${server.base}/static.html`);
    const serverTexts = await shadowTexts(before);
    const serverSizes = await sizes(before);
    await before.close();

    const page = await openPage(true);
    const problems: string[] = [];
    page.on('pageerror', (error) => problems.push(String(error)));
    // With the address: a failed request logs only "Failed to load resource" otherwise.
    page.on('console', (message) => ['error', 'warn'].includes(message.type()) && problems.push(`${message.text()} (${message.location().url ?? 'no address'})`));
    await page.goto(`${server.base}/hydrated.html`);
    await page.waitForFunction((count) => (window as unknown as { lutonSeen: { loaded: string[] } }).lutonSeen.loaded.length >= count, { timeout: 15_000 }, widgets.length);
    await page.waitForFunction(() => document.querySelector('luton-comparator-bars')?.shadowRoot?.querySelector('[data-chart="drawn"] .vega svg'), { timeout: 15_000 });
    const seen = await page.evaluate(() => (window as unknown as { lutonSeen: { busy: string[]; blank: string[]; loaded: string[] } }).lutonSeen);
    assert.deepEqual(seen.busy, [], 'no widget drew its loading state');
    assert.deepEqual(seen.blank, [], 'no frame was painted with a widget empty');
    assert.deepEqual([...new Set(seen.loaded)].sort(), widgets.map((w) => w.tag).sort(), 'every widget read the live feed');
    assert.deepEqual(await shadowTexts(page), serverTexts, 'each widget draws from the live feed what the server drew');
    for (const [tag, size] of Object.entries(await sizes(page))) {
      assert.ok(Math.abs(size.height - serverSizes[tag]!.height) <= 1, `<${tag}> keeps its height (${serverSizes[tag]!.height} → ${size.height})`);
    }
    assert.deepEqual(problems, [], 'nothing was logged');
    await page.close();
  });
});
