// A host page whose own scripts added enumerable properties to Object.prototype before the CDN
// script loaded (old CMS plugins do): the comparison chart must still draw as a Vega chart, not
// the HTML fallback, and the KPI tile still read its figure through the SDK. Headless Chromium
// on the CDN build, as a partner's page would load it.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Browser, Page } from 'puppeteer-core';
import { launchChromium } from './support/chromium.js';
import { serveStatic, type StaticServer } from './support/static-server.js';

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

/**
 * Evaluates `probe` in the page until it returns something truthy. (Puppeteer's own waitForFunction
 * relies on helpers that a polluted prototype breaks; a plain evaluate does not.)
 */
async function poll<T>(page: Page, probe: () => T, what: string, timeout = 20_000): Promise<T> {
  const end = Date.now() + timeout;
  for (;;) {
    const value = await page.evaluate(probe);
    if (value) return value;
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

describe('a host page that pollutes Object.prototype', () => {
  it('still gets a Vega chart and a KPI figure, with no page error', async () => {
    const page = await browser.newPage();
    const problems: string[] = [];
    page.on('pageerror', (error) => problems.push(`page error: ${String(error)}`));
    page.on('console', (message) => {
      // Failed requests are judged by their address below (the browser asks for /favicon.ico by itself).
      if (message.text().startsWith('Failed to load resource')) return;
      if (message.type() === 'warn' || message.type() === 'error') problems.push(`${message.type()}: ${message.text()}`);
    });
    page.on('response', (response) => {
      if (response.status() >= 400 && !response.url().endsWith('/favicon.ico')) problems.push(`HTTP ${response.status()} for ${response.url()}`);
    });
    try {
      await page.goto(`${server.base}/scripts/checks/pages/polluted-host.html`);
      const outcome = await poll(
        page,
        () => {
          const chart = document.querySelector('luton-comparator-bars');
          if (chart?.shadowRoot?.querySelector('[part="chart"][data-chart="drawn"] .vega svg')) return 'drawn';
          if (chart?.getAttribute('chart') === 'html') return 'fallback';
          return '';
        },
        'the chart',
      );
      assert.equal(outcome, 'drawn', `the chart fell back to HTML bars:\n${problems.join('\n')}`);
      await poll(page, () => !!document.querySelector('luton-kpi')?.shadowRoot?.querySelector('[part~="value"]'), 'the KPI figure');
      const state = await page.evaluate(() => ({
        bars: document.querySelector('luton-comparator-bars')!.shadowRoot!.querySelectorAll('.vega svg path, .vega svg rect').length,
        value: document.querySelector('luton-kpi')!.shadowRoot!.querySelector('[part~="value"]')!.textContent,
        keys: Object.keys(Object.prototype),
      }));
      assert.ok(state.bars > 3, `${state.bars} bars`);
      assert.match(state.value ?? '', /\d/, 'the tile shows a figure');
      assert.deepEqual(state.keys, ['polluted', 'extend', 'each'], 'the page keeps its additions, enumerable');
      assert.deepEqual(problems, []);
    } finally {
      await page.close();
    }
  });
});
