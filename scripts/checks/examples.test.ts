// The examples in headless Chromium, after `npm run build`: the plain-HTML page, the React, Vue and
// Angular apps, the embed builder and the WordPress shortcode's output each draw every widget from
// the feed; a page that loads the loader twice, or two versions of it, still works and prints at
// most one warning; before the script runs, widgets show their fallback and hold their place.
import assert from 'node:assert/strict';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import type { Browser, Page } from 'puppeteer-core';
import {
  CDN_DIR,
  ELEMENTS_VERSION,
  PINNED_LOADER_URL,
  feedKpis,
  launchChromium,
  recordConsole,
  standInForPublicCdn,
  startServer,
  type ConsoleRecord,
  type ExampleServer,
} from './examples-server.js';
import { reservedSizes } from '../../packages/elements/src/widget/reserved-sizes.js';
import { renderReadmeShortcodes, wordpressHead } from './examples-wordpress.js';
import { WIDGET_TAGS, assertShowsFeed, settledWidgets, tagsOf } from './examples-widgets.js';

for (const app of ['react', 'vue', 'angular']) {
  if (!existsSync(`examples/${app}/dist`)) throw new Error(`examples/${app}/dist is missing: run "npm run build" (or "npm run build:examples").`);
}

let server: ExampleServer;
let browser: Browser;
const fixtures = mkdtempSync(join(tmpdir(), 'luton2040-examples-'));

before(async () => {
  server = await startServer();
  server.mount('fixtures', fixtures);
  browser = await launchChromium();
});

after(async () => {
  await browser?.close();
  await server?.close();
  rmSync(fixtures, { recursive: true, force: true });
});

/** Counts observers watching the whole document: the loader starts one, and a second copy must not. */
const COUNT_DOCUMENT_OBSERVERS = `{
  window.__documentObservers = 0;
  const observe = MutationObserver.prototype.observe;
  MutationObserver.prototype.observe = function (target, options) {
    if (target === document.documentElement && options && options.childList && options.subtree) window.__documentObservers++;
    return observe.call(this, target, options);
  };
}`;

interface Opened {
  page: Page;
  messages: ConsoleRecord[];
  requests: string[];
}

async function open(path: string, options: { publicCdn?: boolean; block?: RegExp } = {}): Promise<Opened> {
  const page = await browser.newPage();
  await page.setViewport({ width: 1100, height: 900 });
  const messages = recordConsole(page);
  const requests: string[] = [];
  page.on('request', (request) => requests.push(request.url()));
  await page.evaluateOnNewDocument(COUNT_DOCUMENT_OBSERVERS);
  if (options.publicCdn || options.block) await standInForPublicCdn(page, options.block);
  await page.goto(`${server.url}${path}`);
  return { page, messages, requests };
}

const printed = (messages: ConsoleRecord[]) => messages.map((m) => `${m.type}: ${m.text}`);

/** A page made for one test, served at /fixtures/<name>. */
function fixture(name: string, body: string, head = ''): string {
  writeFileSync(
    join(fixtures, name),
    `<!doctype html><html lang="en-GB"><head><meta charset="utf-8"><link rel="icon" href="data:,"><title>${name}</title>${head}</head><body>${body}</body></html>`,
  );
  return `/fixtures/${name}`;
}

const sampleWidgets = `<luton-data src="/feed/index.json">
  <luton-kpi kpi="neet-rate"><a href="https://example.org/source">NEET rate in Luton (source)</a></luton-kpi>
  <luton-comparator-bars kpi="full-time-employment-share" chart="html"></luton-comparator-bars>
  <luton-pledge-badge org="sample-bakery-ltd"><a href="https://example.org/pledge">Pledge</a></luton-pledge-badge>
</luton-data>`;

describe('examples in Chromium', () => {
  test('plain HTML: every widget is drawn from the feed, and the loader prints nothing', async () => {
    const { page, messages } = await open('/examples/plain-html/');
    const widgets = await settledWidgets(page);
    assert.deepEqual(tagsOf(widgets), [...WIDGET_TAGS].sort(), 'the page has every widget');
    assertShowsFeed(widgets, 'plain HTML');
    // The comparator's Vega chart loads when in view; let it finish before judging the console.
    await page.waitForFunction(`document.querySelector('luton-comparator-bars').shadowRoot.querySelector('[data-chart="drawn"]')`, { timeout: 20_000 });
    assert.deepEqual(printed(messages), []);
    await page.close();
  });

  for (const app of ['react', 'vue', 'angular']) {
    test(`${app}: every widget is drawn from the feed, events reach the app, and a new KPI id redraws the tile`, async () => {
      const { page, messages } = await open(`/examples/${app}/`);
      const widgets = await settledWidgets(page);
      assert.deepEqual(tagsOf(widgets), [...WIDGET_TAGS].sort(), 'the app has every widget');
      assertShowsFeed(widgets, app);
      await page.waitForFunction(`document.querySelector('#loaded')?.textContent.includes('pledges/')`, { timeout: 10_000 });

      // The framework sets the element's property; the tile fetches and draws the app's second measure.
      const [, second] = await page.$$eval('select option', (options) => options.map((o) => (o as HTMLOptionElement).value));
      const other = feedKpis().find((k) => k.id === second)!;
      await page.select('select', other.id);
      await page.waitForFunction(
        `document.querySelector('luton-kpi').shadowRoot.querySelector('[part~="title"]')?.textContent.trim() === ${JSON.stringify(other.title)}`,
        { timeout: 10_000 },
      );
      assertShowsFeed(await settledWidgets(page), `${app} after choosing ${other.id}`);
      assert.deepEqual(printed(messages), []);
      await page.close();
    });
  }

  test('embed builder: each widget previews from the feed, and its copied snippet works on a blank page', async () => {
    const { page, messages } = await open('/examples/embed-builder/');
    await browser.defaultBrowserContext().overridePermissions(server.url, ['clipboard-read', 'clipboard-write', 'clipboard-sanitized-write']);
    await page.waitForSelector('#builder:not([hidden])', { timeout: 10_000 });
    const choices = await page.$$eval('#widget option', (options) => options.map((o) => (o as HTMLOptionElement).value));
    const snippets: string[] = [];
    for (const choice of choices) {
      await page.select('#widget', choice);
      const [preview] = await settledWidgets(page);
      assert.ok(preview, `a ${choice} preview`);
      assertShowsFeed([preview], `builder preview of ${choice}`);
      const snippet = await page.$eval('#snippet', (box) => (box as HTMLTextAreaElement).value);
      assert.ok(snippet.includes(`<script type="module" src="${PINNED_LOADER_URL}"></script>`), 'the snippet loads the pinned loader');
      assert.ok(snippet.includes(`<${preview.tag}`), `the snippet has <${preview.tag}>`);
      snippets.push(snippet);
    }

    await page.bringToFront();
    await page.click('#copy');
    await page.waitForFunction(`document.querySelector('#copy-status').textContent.startsWith('Copied')`, { timeout: 5000 });
    assert.equal(await page.evaluate('navigator.clipboard.readText()'), snippets.at(-1), 'the clipboard holds the snippet');
    assert.deepEqual(printed(messages), []);
    await page.close();

    // Pasted together into one page: the loader appears once per snippet, which is harmless.
    const pasted = await open(fixture('pasted-snippets.html', snippets.join('\n')), { publicCdn: true });
    const widgets = await settledWidgets(pasted.page);
    assert.equal(widgets.length, choices.length);
    assertShowsFeed(widgets, 'pasted snippets');
    assert.deepEqual(printed(pasted.messages), []);
    await pasted.page.close();
  });

  test("WordPress: the shortcodes of the plugin's readme give widgets drawn from the published feed, and hostile values stay inert", async () => {
    const { html, hostileKpi } = renderReadmeShortcodes();
    const { page, messages } = await open(fixture('wordpress.html', html, wordpressHead()), { publicCdn: true });
    const widgets = await settledWidgets(page);
    const hostile = widgets.filter((w) => w.attrs.kpi === hostileKpi);
    assert.equal(hostile.length, 1, 'the hostile value arrives as an attribute value');
    assertShowsFeed(widgets.filter((w) => !hostile.includes(w)), 'WordPress');
    assert.deepEqual(tagsOf(widgets), [...WIDGET_TAGS].sort());
    assert.equal(await page.evaluate('document.querySelectorAll("img, [onerror]").length + (window.__pwned ? 1 : 0)'), 0, 'no markup was injected');
    assert.ok(!widgets.some((w) => w.attrs.src?.startsWith('javascript')), 'a javascript: feed address is dropped');
    assert.deepEqual(printed(messages), []);
    await page.close();
  });

  test('before the script runs, each widget shows its fallback link and a KPI tile holds its place', async () => {
    const { page } = await open('/examples/plain-html/', { block: /\/cdn\// });
    await page.waitForFunction('document.readyState === "complete"');
    const fallbacks = await page.$$eval(WIDGET_TAGS.join(', '), (elements) =>
      elements.map((el) => {
        const link = el.querySelector('a');
        const box = link?.getBoundingClientRect();
        return { tag: el.localName, variant: el.getAttribute('variant'), defined: Boolean(customElements.get(el.localName)), text: link?.textContent?.trim() ?? '', visible: Boolean(box && box.width > 0 && box.height > 0), height: el.getBoundingClientRect().height };
      }),
    );
    for (const f of fallbacks) {
      assert.equal(f.defined, false, `<${f.tag}> is not defined without the loader`);
      assert.ok(f.visible && f.text.length > 0, `<${f.tag}> shows its fallback link`);
    }
    const rem = await page.evaluate('parseFloat(getComputedStyle(document.documentElement).fontSize)');
    const reserved = (variant: string | null) => reservedSizes['luton-kpi'].blockSize[variant === 'compact' ? 'compact' : 'full'] * (rem as number);
    for (const f of fallbacks.filter((x) => x.tag === 'luton-kpi')) assert.ok(Math.abs(f.height - reserved(f.variant)) < 0.5, `a KPI tile reserves its drawn size (${reserved(f.variant)}px, got ${f.height}px)`);
    await page.close();
  });

  test('when the script arrives, KPI tiles take the place held for them: the content below does not move', async () => {
    const page = await browser.newPage();
    await page.setViewport({ width: 1100, height: 900 });
    await page.setRequestInterception(true);
    let releaseLoader!: () => void;
    const loaderReleased = new Promise<void>((resolve) => (releaseLoader = resolve));
    page.on('request', (request) => {
      const url = request.url();
      // The loader waits for the test; the feed never answers, so the tiles stay in their loading state.
      if (url.includes('/cdn/luton2040.js')) void loaderReleased.then(() => request.continue());
      else if (url.includes('/feed/')) return;
      else void request.continue();
    });
    // Module scripts hold up DOMContentLoaded, so the page is measured while it is still loading.
    const loaded = page.goto(`${server.url}/examples/plain-html/`, { waitUntil: 'load' });
    await page.waitForSelector('luton-pledge-badge a');
    const below = `document.querySelectorAll('h2')[1].getBoundingClientRect().top`;
    const before = await page.evaluate(below);
    releaseLoader();
    await loaded;
    await page.waitForFunction(`[...document.querySelectorAll('luton-kpi')].every((el) => el.shadowRoot?.querySelector('[aria-busy="true"]'))`, { timeout: 10_000 });
    assert.equal(await page.evaluate(below), before, 'the heading after the tiles stays where it was');
    await page.close();
  });
});

describe('a page with more than one loader', () => {
  /** The built loader and chunks copied to another address, as a second plugin or a stale copy would be. */
  function copyOfLoader(name: string, version: string): string {
    const dir = join(fixtures, name);
    cpSync(CDN_DIR, dir, { recursive: true });
    const file = join(dir, 'luton2040.js');
    const source = readFileSync(file, 'utf8');
    const pinned = JSON.stringify(ELEMENTS_VERSION);
    assert.equal(source.split(pinned).length - 1, 1, `the built loader carries its version ${pinned} once`);
    writeFileSync(file, source.replace(pinned, JSON.stringify(version)));
    return `/fixtures/${name}/luton2040.js`;
  }
  const script = (src: string) => `<script type="module" src="${src}"></script>`;

  test('loaded twice (the same address twice, another address, another copy of the same version): one observer, nothing printed', async () => {
    const copy = copyOfLoader('same-version-copy', ELEMENTS_VERSION);
    const path = fixture('loaded-twice.html', sampleWidgets, [script('/cdn/luton2040.js'), script('/cdn/luton2040.js'), script('/cdn/luton2040.js?again'), script(copy)].join(''));
    const { page, messages, requests } = await open(path);
    assertShowsFeed(await settledWidgets(page), 'loaded twice');
    assert.equal(await page.evaluate('window.__documentObservers'), 1, 'one loader watches the page');
    assert.deepEqual(await page.evaluate('window.__luton2040.loaded'), {
      [ELEMENTS_VERSION]: [`${server.url}/cdn/luton2040.js`, `${server.url}/cdn/luton2040.js?again`, `${server.url}${copy}`],
    });
    assert.ok(!requests.some((r) => r.includes('/same-version-copy/chunks/')), 'the copy fetched no element code');
    assert.deepEqual(printed(messages), []);
    await page.close();
  });

  for (const order of ['current first', 'other version first'] as const) {
    test(`two versions (${order}): the first defines the widgets, the second warns once and stands down`, async () => {
      const other = copyOfLoader(`other-version-${order.split(' ')[0]}`, '0.0.0-other');
      const scripts = order === 'current first' ? [script('/cdn/luton2040.js'), script(other)] : [script(other), script('/cdn/luton2040.js')];
      const { page, messages, requests } = await open(fixture(`two-versions-${order.split(' ')[0]}.html`, sampleWidgets, scripts.join('')));
      assertShowsFeed(await settledWidgets(page), `two versions, ${order}`);
      assert.equal(await page.evaluate('window.__documentObservers'), 1, 'one loader watches the page');
      const [first, second] = order === 'current first' ? [ELEMENTS_VERSION, '0.0.0-other'] : ['0.0.0-other', ELEMENTS_VERSION];
      assert.equal(await page.evaluate('window.__luton2040.active'), first);
      const secondDir = order === 'current first' ? '/other-version-' : '/cdn/';
      assert.ok(!requests.some((r) => r.includes(`${secondDir}`) && r.includes('/chunks/')), 'the second loader fetched no element code');
      const warnings = messages.filter((m) => m.type === 'warn');
      assert.equal(warnings.length, 1, `one warning: ${printed(messages).join(' | ')}`);
      assert.ok(warnings[0]!.text.includes(first) && warnings[0]!.text.includes(second), 'the warning names both versions');
      assert.deepEqual(printed(messages.filter((m) => m.type !== 'warn')), []);
      await page.close();
    });
  }
});
