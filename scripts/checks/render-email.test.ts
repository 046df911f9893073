// The newsletter snippets of `luton2040-email`, as built: each is email-safe by the rules email
// clients apply, its images exist and have alt text, it stays far below the size Gmail clips at,
// and in Chromium with JavaScript off it shows the feed's figures within an email's width.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { feedClient, GMAIL_CLIP_BYTES, snippetName, type Widget } from '@luton2040/render';
import type { Browser, Page } from 'puppeteer-core';
import { expectedTexts, oneOfEach } from '../../packages/render/src/test-widgets.js';
import { launchChromium } from './support/chromium.js';
import { serveStatic, type StaticServer } from './support/static-server.js';

const CLI = resolve('packages/render/dist/email/cli.js');
const FEED = resolve('dist/demo/feed/index.json');
const REGISTRY = resolve('dist/demo/registry/registry-public.json');
for (const file of [CLI, FEED, REGISTRY]) if (!existsSync(file)) throw new Error(`${file} is missing: run "npm run build" first.`);
const LIVE_URL = 'https://example.org/luton2040/scorecard';

let out: string;
let server: StaticServer;
let browser: Browser;
let widgets: Widget[];
const client = feedClient(FEED);

/** Embed code for a widget, as the newsletter editor would copy it from a page. */
const embed = ({ tag, attributes }: Widget) =>
  `<${tag}${Object.entries(attributes).map(([name, value]) => ` ${name}="${value.replace(/&/g, '&amp;').replace(/"/g, '&quot;')}"`).join('')}></${tag}>`;

before(async () => {
  widgets = await oneOfEach(client, JSON.parse(readFileSync(REGISTRY, 'utf8')).publicKey);
  out = mkdtempSync(join(tmpdir(), 'luton2040-newsletter-'));
  // Images are referenced at the address they are served from, as in a sent newsletter.
  server = await serveStatic(out);
  const result = spawnSync(process.execPath, [CLI, '--feed', FEED, '--out', out, '--live-url', LIVE_URL, '--image-base-url', `${server.base}/`, ...widgets.map(embed)], {
    encoding: 'utf8',
  });
  assert.equal(result.status, 0, result.stderr);
  browser = await launchChromium();
});

after(async () => {
  await browser?.close();
  await server?.close();
  if (out) rmSync(out, { recursive: true, force: true });
});

async function openWithoutJavaScript(path: string, width: number): Promise<Page> {
  const page = await browser.newPage();
  await page.setJavaScriptEnabled(false);
  await page.setViewport({ width, height: 900 });
  await page.goto(`${server.base}/${path}`, { waitUntil: 'load' });
  return page;
}

describe('luton2040-email snippets', () => {
  it('are email-safe: no script, no custom element, no stylesheet; every image exists and has alt text; small', () => {
    for (const widget of widgets) {
      const file = join(out, `${snippetName(widget)}.html`);
      const html = readFileSync(file, 'utf8');
      assert.doesNotMatch(html, /<script/i, `${file} has no script`);
      assert.deepEqual([...html.matchAll(/<\/?([a-z][a-z0-9]*-[a-z0-9-]*)/gi)].map((m) => m[1]), [], `${file} has no custom element`);
      assert.doesNotMatch(html, /<link\b|<style\b|@import|url\(/i, `${file} has no stylesheet`);
      for (const [img] of html.matchAll(/<img\b[^>]*>/g)) {
        const src = /\ssrc="([^"]+)"/.exec(img)?.[1] ?? '';
        assert.ok(src.startsWith(`${server.base}/`), `${img} points at the image address`);
        assert.ok(existsSync(join(out, src.slice(server.base.length + 1))), `${src} was written`);
        assert.match(img, /\salt="[^"]+"/, `${img} has alt text`);
      }
      // Gmail clips a whole message at about 100 KB; a widget must leave the newsletter most of it.
      assert.ok(statSync(file).size < GMAIL_CLIP_BYTES / 5, `${file} is ${statSync(file).size} bytes`);
    }
  });

  it('show the feed’s figures in Chromium with JavaScript off, within an email’s width, images loaded', async () => {
    for (const widget of widgets) {
      const page = await openWithoutJavaScript(`${snippetName(widget)}.html`, 640);
      const found = await page.evaluate(() => ({
        text: document.body.innerText,
        custom: [...document.querySelectorAll('*')].map((e) => e.localName).filter((n) => n.includes('-')),
        active: document.querySelectorAll('script, link, style, iframe, object, embed, form').length,
        tableWidth: document.querySelector('table')!.getBoundingClientRect().width,
        images: [...document.images].map((i) => ({ loaded: i.complete && i.naturalWidth > 0, alt: i.alt, sharp: i.naturalWidth >= 2 * i.width })),
        live: [...document.links].filter((a) => a.textContent === 'See it live').map((a) => a.href),
      }));
      const name = snippetName(widget);
      assert.deepEqual(found.custom, [], `${name}: no custom element`);
      assert.equal(found.active, 0, `${name}: no script, stylesheet or embedded content`);
      assert.ok(found.tableWidth <= 600, `${name}: ${found.tableWidth}px wide`);
      for (const image of found.images) assert.deepEqual(image, { loaded: true, alt: image.alt || 'missing', sharp: true }, `${name}: images load, sharp, with alt text`);
      assert.deepEqual(found.live, [LIVE_URL], `${name}: links to the live widget`);
      for (const text of await expectedTexts(client, widget)) assert.ok(found.text.includes(text), `${name} shows "${text}"`);
      await page.close();
    }
  });

  it('fit a phone screen without sideways scrolling', async () => {
    for (const widget of widgets) {
      const page = await openWithoutJavaScript(`${snippetName(widget)}.html`, 360);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      assert.ok(overflow <= 0, `${snippetName(widget)} overflows by ${overflow}px`);
      await page.close();
    }
  });

  it('are all shown on the preview page, which needs no JavaScript either', async () => {
    const page = await openWithoutJavaScript('preview.html', 900);
    const found = await page.evaluate(() => ({
      sections: [...document.querySelectorAll('h2')].map((h) => h.textContent),
      images: [...document.images].every((i) => i.complete && i.naturalWidth > 0),
      scripts: document.querySelectorAll('script').length,
    }));
    assert.deepEqual(found.sections, widgets.map((w) => `${snippetName(w)}.html`));
    assert.equal(found.images, true);
    assert.equal(found.scripts, 0);
    await page.close();
  });
});
