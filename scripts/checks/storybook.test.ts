// The built Storybook (dist/storybook, from `npm run build`) in headless Chromium: every element in
// custom-elements.json has stories, every story has a play function, renders and passes it, the KPI
// tile shows the feed's figure, and each element's docs page lists the API from the manifest.
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { formatValue, trendOf, describePeriod, type Kpi } from '@luton2040/sdk';
import type { Browser, Page } from 'puppeteer-core';
import { launchChromium } from './support/chromium.js';
import { serveStatic, type StaticServer } from './support/static-server.js';

const ROOT = resolve('dist/storybook');
if (!existsSync(join(ROOT, 'index.json'))) throw new Error('dist/storybook is missing: run "npm run build" (or "npm run build:storybook").');
const MANIFEST = resolve('packages/elements/custom-elements.json');

interface IndexEntry {
  id: string;
  title: string;
  type: 'story' | 'docs';
  tags?: string[];
}

let server: StaticServer;
let browser: Browser;
let page: Page;
let base: string;
const pageErrors: string[] = [];

before(async () => {
  server = await serveStatic(ROOT);
  base = server.base;
  browser = await launchChromium();
  page = await browser.newPage();
  page.on('pageerror', (error) => pageErrors.push(String(error)));
  // Storybook reports a failed play function on its channel and then finishes the render normally,
  // so listen to the channel from the moment the preview creates it. (A string, because tsx would
  // add its `__name` helper to a function, and the page has no such helper.)
  await page.evaluateOnNewDocument(`{
    window.__storyFailures = [];
    let channel;
    Object.defineProperty(window, '__STORYBOOK_ADDONS_CHANNEL__', {
      configurable: true,
      get: () => channel,
      set: (value) => {
        channel = value;
        for (const event of ['playFunctionThrewException', 'storyThrewException', 'storyErrored']) {
          value.on(event, (payload) => window.__storyFailures.push(event + ': ' + (payload?.message ?? JSON.stringify(payload))));
        }
      },
    });
  }`);
});

after(async () => {
  await browser?.close();
  await server?.close();
});

const entries: IndexEntry[] = Object.values(JSON.parse(readFileSync(join(ROOT, 'index.json'), 'utf8')).entries);

/** Opens one story and waits until Storybook has rendered it and run its play function. */
async function openStory(id: string): Promise<void> {
  pageErrors.length = 0;
  await page.goto(`${base}/iframe.html?id=${id}&viewMode=story`);
  await page.waitForFunction(
    () => (window as unknown as { __STORYBOOK_PREVIEW__?: { storyRenders: { phase?: string }[] } }).__STORYBOOK_PREVIEW__?.storyRenders.at(-1)?.phase === 'finished',
    { timeout: 20_000 },
  );
  const failures = await page.evaluate(() => [
    ...(window as unknown as { __storyFailures: string[] }).__storyFailures,
    ...(document.body.classList.contains('sb-show-errordisplay') ? [document.querySelector('#error-message')?.textContent ?? 'error display'] : []),
  ]);
  assert.deepEqual(failures, [], `story ${id} failed`);
  assert.deepEqual(pageErrors, [], `story ${id} threw`);
}

type Named = { name: string };
type Declaration = { tagName?: string; attributes?: Named[]; events?: Named[]; cssParts?: Named[]; cssProperties?: Named[] };
const manifest: { modules: { declarations?: Declaration[] }[] } = JSON.parse(readFileSync(MANIFEST, 'utf8'));
const elements = manifest.modules.flatMap((m) => m.declarations ?? []).filter((d) => d.tagName);
/** Stories are titled `Elements/<tag>`, so the last part of a title names the element. */
const docsOf = (tag: string) => entries.find((e) => e.type === 'docs' && e.title.split('/').at(-1) === tag);

describe('Storybook static build', () => {
  test('has stories', () => assert.ok(entries.some((e) => e.type === 'story')));

  // A story is also a test: without stories an element's states go unchecked.
  test('every element in the manifest has stories', () => {
    assert.ok(elements.length > 0, 'the manifest lists no elements');
    assert.deepEqual(elements.map((el) => el.tagName).filter((tag) => !docsOf(tag!)), [], 'elements without stories');
  });

  // Storybook tags a story `play-fn` when it has a play function: a story without one proves only that nothing threw.
  test('every story checks what it shows with a play function', () => {
    assert.deepEqual(entries.filter((e) => e.type === 'story' && !e.tags?.includes('play-fn')).map((e) => e.id), [], 'stories without a play function');
  });

  for (const { id } of entries.filter((e) => e.type === 'story')) {
    test(`story ${id} renders and passes its play function`, () => openStory(id));
  }

  test('the NEET rate story shows the latest figure of the built feed', async () => {
    const index = JSON.parse(readFileSync(join(ROOT, 'feed/index.json'), 'utf8'));
    const kpis: Kpi[] = JSON.parse(readFileSync(join(ROOT, 'feed', index.resources.kpis.url), 'utf8')).items;
    const neet = kpis.find((k) => k.id === 'neet-rate');
    const latest = neet && trendOf(neet).latest;
    assert.ok(neet && latest, 'the reference feed has a NEET figure');

    await openStory('elements-luton-kpi--falling-is-good');
    const text = (part: string) =>
      page.$eval('luton-kpi', (el, p) => el.shadowRoot?.querySelector(`[part~="${p}"]`)?.textContent?.replace(/\s+/g, ' ').trim(), part);
    assert.equal(await text('title'), neet.title);
    assert.ok((await text('value'))?.includes(formatValue(latest.value, neet.unit, latest.status)));
    assert.ok((await text('period'))?.includes(describePeriod(latest.period)));
  });

  test('each element with stories has a docs page listing its API from the manifest', async () => {
    let checked = 0;
    for (const el of elements) {
      // Elements without stories fail the test above; here only the docs pages that exist are read.
      const docs = docsOf(el.tagName!);
      if (!docs) continue;
      const names = [el.attributes, el.events, el.cssParts, el.cssProperties].flatMap((list) => (list ?? []).map((item) => item.name));
      await page.goto(`${base}/iframe.html?id=${docs.id}&viewMode=docs`);
      await page.waitForFunction(
        (expected: string[]) => {
          const text = document.querySelector('#storybook-docs')?.textContent ?? '';
          return expected.every((name) => text.includes(name));
        },
        { timeout: 20_000 },
        names,
      );
      checked++;
    }
    assert.ok(checked > 0, 'no element has a docs page');
  });
});
