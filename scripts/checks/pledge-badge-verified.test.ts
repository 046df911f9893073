// A pledge badge pasted from the webmasters' guide or copied from the embed builder shows "Verified"
// against the registry's signed record, with the key configured the documented way: the council runs
// `luton2040-feed keygen`, puts its registry-public.json in config/, and signs the feed with the
// private half. No document evidences a real organisation's pledge, so the reference dataset holds
// none: the check adds one made-up pledge to a copy of it, signs it with a key made for the check,
// and serves that feed as the published one. Control cases: the same code with another key, or with
// none, must not say "Verified". On the demo feed, whose pledges are all sample, the builder says so.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import type { Pledge } from '@luton2040/sdk';
import type { Browser, Page } from 'puppeteer-core';
import { feedResource, launchChromium, recordConsole, ROOT, standInForPublicCdn, startServer, type ExampleServer } from './examples-server.js';

// Variable specifiers: these modules are plain JavaScript without type declarations.
const guideModule = '../webmaster-guide.mjs';
const configModule = '../release-config.mjs';
const { expectedGuide, ORGANISATION_PLACEHOLDER }: { expectedGuide(configFile: string): string; ORGANISATION_PLACEHOLDER: string } = await import(guideModule);
const { readRegistryKey }: { readRegistryKey(file?: string): { keyId: string; publicKey: string } | undefined } = await import(configModule);

const CLI = join(ROOT, 'packages/data/bin/luton2040-feed.js');
const work = mkdtempSync(join(tmpdir(), 'luton2040-verified-'));
const config = join(work, 'config');
const feedDir = join(work, 'feed');
const day = (offset: number) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);

let server: ExampleServer;
let browser: Browser;
let pledge: Pledge;
let otherKey: string;

function feedCli(...args: string[]): string {
  const result = spawnSync(process.execPath, [CLI, ...args], { encoding: 'utf8' });
  assert.equal(result.status, 0, `luton2040-feed ${args.join(' ')}: ${result.stderr}`);
  return result.stdout;
}

/** The reference dataset plus one made-up, non-sample pledge, as a registry would hold a real one. */
function datasetWithOnePledge(): string {
  const dataset = join(work, 'dataset');
  cpSync(join(ROOT, 'packages/data/dataset'), dataset, { recursive: true });
  writeFileSync(
    join(dataset, 'pledges.csv'),
    'id,organisation_id,organisation_name,organisation_url,partnership_pledges,made_on,review_on,registry_url,status,sample\n' +
      `check-pledge,check-organisation,Check Organisation (made up for this test),https://example.org/check,pledge-1,${day(-30)},${day(335)},https://example.org/registry/check-pledge,active,no\n`,
  );
  writeFileSync(join(dataset, 'pledge-commitments.csv'), 'pledge,priority,category,text\ncheck-pledge,inclusive-economy,,Pay at least the Real Living Wage (made up for this test).\n');
  return dataset;
}

before(async () => {
  // The officer's steps, as docs/data.md gives them.
  const keys = join(work, 'registry');
  feedCli('keygen', '--out', keys);
  mkdirSync(config);
  cpSync(join(keys, 'registry-public.json'), join(config, 'registry-public.json'));
  feedCli('build', '--data', datasetWithOnePledge(), '--out', feedDir, '--sign-key', join(keys, 'registry-private.jwk.json'));
  feedCli('keygen', '--out', join(work, 'other'));
  otherKey = JSON.parse(readFileSync(join(work, 'other', 'registry-public.json'), 'utf8')).publicKey;

  const index = JSON.parse(readFileSync(join(feedDir, 'index.json'), 'utf8'));
  const pledges = JSON.parse(readFileSync(join(feedDir, index.resources.pledges.url), 'utf8')).items as Pledge[];
  assert.equal(pledges.length, 1, 'the feed holds the one pledge');
  pledge = pledges[0]!;
  assert.ok(pledge.signature && pledge.keyId === readRegistryKey(join(config, 'registry-public.json'))?.keyId, 'the feed holds the pledge, signed with the configured key');

  server = await startServer();
  // The builder reads the release configuration and the feed this site serves.
  server.mount('config', config);
  server.mount('feed', feedDir);
  browser = await launchChromium();
});

after(async () => {
  await browser?.close();
  await server?.close();
  rmSync(work, { recursive: true, force: true });
});

/** What a pasted badge says, on a blank page whose published feed is the signed one. */
async function pasted(name: string, code: string): Promise<{ seal: string; organisation: string; printed: string[] }> {
  const file = join(work, `${name}.html`);
  writeFileSync(file, `<!doctype html><html lang="en-GB"><head><meta charset="utf-8"><link rel="icon" href="data:,"><title>${name}</title></head><body>${code}</body></html>`);
  server.mount('pasted', work);
  const page: Page = await browser.newPage();
  const messages = recordConsole(page);
  await standInForPublicCdn(page, undefined, feedDir);
  await page.goto(`${server.url}/pasted/${name}.html`);
  await page.waitForFunction(`document.querySelector('luton-pledge-badge')?.shadowRoot?.querySelector('[part~="seal"]')`, { timeout: 15_000 });
  const shown = (await page.evaluate(`(() => {
    const root = document.querySelector('luton-pledge-badge').shadowRoot;
    const text = (css) => root.querySelector(css).textContent.replace(/\\s+/g, ' ').trim();
    return { seal: text('[part~="seal"]').replace(/^[✔!]\\s*/, ''), organisation: text('[part~="name"]') };
  })()`)) as { seal: string; organisation: string };
  await page.close();
  return { ...shown, printed: messages.map((m) => `${m.type}: ${m.text}`) };
}

const isVerified = (seal: string) => seal.startsWith('Verified');

describe('a pledge badge pasted by a webmaster', () => {
  test("from the webmasters' guide, as build:docs writes it for the configured key: Verified", async () => {
    const guide = expectedGuide(join(config, 'registry-public.json'));
    const section = guide.slice(guide.indexOf('## Pledge badges'));
    const code = /```html\n([\s\S]*?)```/.exec(section)?.[1];
    assert.ok(code, 'the section gives HTML to paste');
    const key = readRegistryKey(join(config, 'registry-public.json'))!.publicKey;
    assert.ok(code.includes(`registry-key="${key}"`), 'the code carries the configured key');
    assert.equal(code.split('registry-key=').length - 1, 1, 'once per page');

    const result = await pasted('guide', code.replace(ORGANISATION_PLACEHOLDER, pledge.organisation.id));
    assert.equal(result.organisation, pledge.organisation.name);
    assert.ok(isVerified(result.seal), `the badge says "${result.seal}"`);
    assert.deepEqual(result.printed, []);

    const altered = await pasted('guide-other-key', code.replace(ORGANISATION_PLACEHOLDER, pledge.organisation.id).replace(key, otherKey));
    assert.ok(!isVerified(altered.seal), `with another registry's key the badge says "${altered.seal}"`);
    const keyless = await pasted('guide-no-key', code.replace(ORGANISATION_PLACEHOLDER, pledge.organisation.id).replace(` registry-key="${key}"`, ''));
    assert.ok(!isVerified(keyless.seal) && /no registry key/.test(keyless.seal), `without a key the badge says "${keyless.seal}"`);
  });

  test('from the embed builder, which offers the real organisation and puts the key in the code: Verified', async () => {
    const page = await browser.newPage();
    const messages = recordConsole(page);
    await page.goto(`${server.url}/examples/embed-builder/`);
    await page.waitForSelector('#builder:not([hidden])', { timeout: 10_000 });
    await page.select('#widget', 'pledge-badge');
    const offered = await page.$$eval('#field-org option', (options) => options.map((o) => ({ value: (o as HTMLOptionElement).value, text: o.textContent })));
    assert.deepEqual(offered, [{ value: pledge.organisation.id, text: pledge.organisation.name }], 'the real organisation, not labelled sample');
    const notes = await page.$$eval('#options .note', (ps) => ps.map((p) => p.textContent ?? ''));
    assert.ok(!notes.some((n) => /sample/i.test(n)), `no sample notice: ${notes.join(' | ')}`);
    await page.waitForFunction(`document.querySelector('#preview luton-pledge-badge')?.shadowRoot?.querySelector('[part~="seal"]')?.textContent.includes('Verified')`, { timeout: 15_000 });
    const snippet = await page.$eval('#snippet', (box) => (box as HTMLTextAreaElement).value);
    assert.deepEqual(messages.map((m) => `${m.type}: ${m.text}`), []);
    await page.close();

    const result = await pasted('builder', snippet);
    assert.equal(result.organisation, pledge.organisation.name);
    assert.ok(isVerified(result.seal), `the badge says "${result.seal}"`);
    assert.deepEqual(result.printed, []);
  });

  test("on the demo feed, whose pledges are all sample, the builder says so, and says whether this release has a registry key", async () => {
    const demo = await startServer(); // no mounts: the demo feed and the repository's own config/
    try {
      const page = await browser.newPage();
      await page.goto(`${demo.url}/examples/embed-builder/`);
      await page.waitForSelector('#builder:not([hidden])', { timeout: 10_000 });
      await page.select('#widget', 'pledge-badge');
      const options = await page.$$eval('#field-org option', (os) => os.map((o) => o.textContent ?? ''));
      const samples = feedResource<Pledge>('pledges');
      assert.ok(samples.length > 0 && samples.every((p) => p.sample), 'the demo feed holds sample pledges only');
      assert.equal(options.length, new Set(samples.map((p) => p.organisation.id)).size, 'one choice per organisation');
      assert.ok(options.every((text) => text.includes('sample data, not a real pledge')), `every choice says sample: ${options.join(' | ')}`);
      const notes = await page.$$eval('#options .note', (ps) => ps.map((p) => p.textContent ?? ''));
      assert.ok(notes.some((n) => n.startsWith('Sample data: no real pledge is in this feed')), notes.join(' | '));
      const key = readRegistryKey();
      assert.ok(notes.some((n) => (key ? n.includes(key.keyId) : n.startsWith('No registry key is configured for this release'))), notes.join(' | '));
      const snippet = await page.$eval('#snippet', (box) => (box as HTMLTextAreaElement).value);
      assert.equal(snippet.includes('registry-key='), Boolean(key), 'the code carries a key exactly when the release has one');
      await page.close();
    } finally {
      await demo.close();
    }
  });
});
