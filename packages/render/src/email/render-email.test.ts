import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { checkLivingWage, comparableSeries, compareAreas, formatValue, hourlyMinimum, livingWageStatus, periodLabel, periodPhrase, trendOf, usableUntil } from '@luton2040/sdk';
import { matchesVacancy, newestPostedFirst, today } from '@luton2040/sdk/predicates';
import { fileAwareFetch } from '../feed-client.js';
import { withReferenceWidgets } from '../test-widgets.js';
import { previewPage } from './preview.js';
import { GMAIL_CLIP_BYTES, renderEmail, writeEmail } from './render-email.js';

const liveUrl = 'https://example.org/luton2040/scorecard';
const reference = withReferenceWidgets();
const { widget } = reference;

/** What makes a snippet unsafe for email, by the rules newsletter tools and clients apply. */
function emailProblems(html: string): string[] {
  const problems: string[] = [];
  if (/<script/i.test(html)) problems.push('has a script');
  for (const [, tag] of html.matchAll(/<\/?([a-z][a-z0-9]*-[a-z0-9-]*)/gi)) problems.push(`has a custom element <${tag}>`);
  if (/<link\b|<style\b|@import/i.test(html)) problems.push('has a stylesheet');
  if (/<[^>]*\sclass=/i.test(html)) problems.push('relies on a class');
  if (/<[^>]*\son[a-z]+=/i.test(html)) problems.push('has an event handler');
  for (const [img] of html.matchAll(/<img\b[^>]*>/gi)) if (!/\salt="[^"]+"/.test(img)) problems.push(`has an image without alt text: ${img}`);
  return problems;
}
const text = (html: string) => html.replace(/<[^>]+>/g, ' ').replace(/&amp;/g, '&').replace(/&#39;/g, "'").replace(/&quot;/g, '"');

describe('renderEmail', () => {
  it('makes every widget an email-safe snippet, well under the size Gmail clips at', async () => {
    let total = 0;
    for (const w of reference.widgets) {
      const snippet = await renderEmail(w, { client: reference.client, liveUrl });
      assert.deepEqual(emailProblems(snippet.html), [], `${w.tag}`);
      assert.ok(snippet.bytes < GMAIL_CLIP_BYTES / 5, `${w.tag} is ${snippet.bytes} bytes`);
      assert.ok(snippet.html.includes(`<a href="${liveUrl}"`), `${w.tag} links to the live widget`);
      const sources = [...snippet.html.matchAll(/<img\b[^>]*\ssrc="([^"]+)"/g)].map((m) => m[1]);
      assert.deepEqual(sources, snippet.images.map((i) => i.file), `${w.tag}'s images are its own files`);
      total += snippet.bytes;
    }
    assert.ok(total < GMAIL_CLIP_BYTES / 2, `all five together are ${total} bytes`);
  });

  it("gives the KPI's figure, trend and a sparkline whose alt text has every figure of the series", async () => {
    const w = widget('luton-kpi');
    const kpi = await reference.client.kpis.get(w.attributes.kpi!);
    const latest = trendOf(kpi).latest!;
    const snippet = await renderEmail(w, { client: reference.client, liveUrl });
    assert.ok(text(snippet.html).includes(formatValue(latest.value, kpi.unit, latest.status)));
    assert.ok(text(snippet.html).includes(periodPhrase(latest)));
    const sparkline = snippet.images[0]!;
    assert.ok(sparkline.file.startsWith('kpi-'));
    assert.ok(sparkline.alt.includes(kpi.title));
    // The line is drawn only through figures comparable with the latest, and its alt text names each.
    for (const o of comparableSeries(kpi)) assert.ok(sparkline.alt.includes(periodLabel(o)), `alt text has ${o.period}`);
  });

  it("says every area's figure in words and in the chart's alt text, for readers with images off", async () => {
    const w = widget('luton-comparator-bars');
    const comparison = compareAreas(await reference.client.kpis.get(w.attributes.kpi!), await reference.client.resource('areas'));
    const snippet = await renderEmail(w, { client: reference.client, liveUrl });
    const [chart] = snippet.images;
    for (const row of comparison.rows) {
      assert.ok(chart?.alt.includes(`${row.name} ${row.label}`), `alt text has ${row.name}`);
      assert.ok(text(snippet.html).includes(row.label), `the text has ${row.name}'s figure`);
    }
  });

  it('labels sample vacancies and shows the newest open ones', async () => {
    const w = widget('luton-vacancy-feed');
    const open = (await reference.client.resource('vacancies')).filter((v) => matchesVacancy(v, {}, today())).sort(newestPostedFirst);
    const newest = open.slice(0, Number(w.attributes.limit));
    const snippet = await renderEmail(w, { client: reference.client, liveUrl });
    assert.match(snippet.html, /Sample data/);
    for (const v of newest) assert.ok(text(snippet.html).includes(v.title), v.title);
  });

  it('flags the Real Living Wage by the rate in force when each vacancy was posted, while the rates are current', async () => {
    const { client } = reference;
    const rates = await client.resource('livingWageRates');
    const newest = rates.at(-1)!;
    // Judged on a day inside the newest rate's 13 months, on which the sample vacancies are open.
    const day = [...(await client.resource('vacancies')).map((v) => v.datePosted)].sort().at(-1)!;
    assert.ok(day <= usableUntil(newest.announced), 'the newest sample vacancy was posted while the newest rate was current');
    const clock = { now: () => Date.parse(`${day}T12:00:00Z`) };
    const status = livingWageStatus(rates, clock.now());
    const snippet = await renderEmail({ tag: 'luton-vacancy-feed', attributes: { limit: '50', today: day } }, { client: reference.feed.client({ clock }), liveUrl });
    const shown = (await client.resource('vacancies')).filter((v) => matchesVacancy(v, {}, day)).sort(newestPostedFirst);
    const items = snippet.html.split('<tr>').slice(1).map(text);
    let flagged = 0;
    for (const v of shown) {
      const item = items.find((i) => i.includes(v.title))!;
      const check = checkLivingWage(v, status);
      assert.equal(item.includes('Pays at least the Real Living Wage'), check.verdict === 'pays', v.title);
      if (check.verdict === 'pays') {
        flagged += 1;
        assert.ok(hourlyMinimum(v.salary!)! >= check.rate!.ukOutsideLondon, `${v.title} pays at least the rate in force`);
      }
    }
    assert.ok(flagged > 0 && flagged < shown.length, `some but not all sample vacancies are flagged (${flagged} of ${shown.length})`);
    assert.match(text(snippet.html), /Real Living Wage flag: pay of at least the rate in force/);
  });

  it('withdraws the flag once the newest rate is more than 13 months old, and says the rate needs updating', async () => {
    const newest = (await reference.client.resource('livingWageRates')).at(-1)!;
    const after = new Date(`${usableUntil(newest.announced)}T12:00:00Z`).getTime() + 86_400_000;
    const snippet = await renderEmail({ tag: 'luton-vacancy-feed', attributes: { limit: '50', today: '2000-01-01' } }, { client: reference.feed.client({ clock: { now: () => after } }), liveUrl });
    assert.doesNotMatch(snippet.html, /Pays at least the Real Living Wage/);
    assert.match(text(snippet.html), /is more than 13 months old and needs updating/);
  });

  it("escapes what a feed says, in text and in links (the SDK has already dropped records whose links are not web addresses)", async () => {
    // A hostile publisher writes the strings into the file and the file's SHA-256 into its manifest,
    // so that the SDK's integrity check passes and the strings reach the renderer.
    let hostile = '';
    const hostileFetch: typeof fetch = async (input, init) => {
      const url = String(input);
      const response = await fileAwareFetch(input, init);
      if (url.endsWith('/index.json')) {
        const manifest = (await response.json()) as { resources: Record<string, { url: string; sha256: string }> };
        const entry = manifest.resources.vacancies!;
        const body = (await (await fileAwareFetch(new URL(entry.url, url).href)).json()) as { items: { title: string; url: string }[] };
        for (const v of body.items) Object.assign(v, { title: '<img src=x onerror=alert(1)>Hostile', url: 'https://example.org/"onmouseover="alert(1)' });
        hostile = JSON.stringify(body);
        entry.sha256 = createHash('sha256').update(hostile).digest('hex');
        return Response.json(manifest);
      }
      return url.includes('/vacancies.') ? new Response(hostile) : response;
    };
    const snippet = await renderEmail(widget('luton-vacancy-feed'), { client: reference.feed.client({ fetch: hostileFetch }), liveUrl });
    assert.deepEqual(emailProblems(snippet.html), []);
    assert.doesNotMatch(snippet.html, /"onmouseover/);
    assert.match(snippet.html, /&lt;img src=x onerror=alert\(1\)&gt;Hostile/);
  });

  it('points images at the base address, keeps file names for the preview, and writes the files', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'luton2040-email-'));
    try {
      const snippet = await renderEmail(widget('luton-kpi'), { client: reference.client, liveUrl, imageBaseUrl: 'https://cdn.example.org/news/2026-11' });
      const [image] = snippet.images;
      assert.ok(snippet.html.includes(`src="https://cdn.example.org/news/2026-11/${image!.file}"`));
      assert.ok(snippet.previewHtml.includes(`src="${image!.file}"`));
      const files = await writeEmail(snippet, dir);
      assert.deepEqual(files.map((f) => existsSync(f)), [true, true]);
      assert.equal(readFileSync(files[0]!, 'utf8'), snippet.html);
      const preview = previewPage([snippet], { imageBaseUrl: 'https://cdn.example.org/news/2026-11/' });
      assert.ok(preview.includes(snippet.previewHtml.trim()));
      assert.doesNotMatch(preview, /<script/);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it('keeps a given file name to letters, digits and hyphens', async () => {
    assert.equal((await renderEmail(widget('luton-kpi'), { client: reference.client, liveUrl, name: '../../Etc/Tile 1' })).name, 'etc-tile-1');
  });

  it('refuses a live or image address that is not http(s)', async () => {
    await assert.rejects(renderEmail(widget('luton-kpi'), { client: reference.client, liveUrl: 'javascript:alert(1)' }), TypeError);
    await assert.rejects(renderEmail(widget('luton-kpi'), { client: reference.client, liveUrl, imageBaseUrl: 'file:///tmp/' }), TypeError);
  });
});
