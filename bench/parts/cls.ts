/**
 * Layout shift while widgets load on a slow feed: a partner page of twelve KPI tiles at a desktop
 * and a phone viewport, with and without the webmaster guide's reserve CSS, and the demo page.
 * Every JSON response (the feed) is held back 2 s; scripts are not.
 */
import type { Page } from 'puppeteer-core';
import { desktop, phone, type Viewport } from '../lib/browser.js';
import type { Context } from '../lib/context.js';
import { kpisWithFigures } from '../lib/feed.js';
import { count, ratio } from '../lib/format.js';
import { guidePath, guideReserveCss } from '../lib/guide.js';
import { cumulativeLayoutShift } from '../lib/layout-shift.js';
import { loadPage } from '../lib/load.js';
import { partnerTilesPage, writePage } from '../lib/pages.js';
import type { BenchServer } from '../lib/server.js';
import { interleave, summarise, type Summary } from '../lib/stats.js';
import type { Part } from './part.js';

export const FEED_DELAY = 2000;
const TILES = 12;

const slowFeed = (_path: string, contentType: string) => (contentType.includes('json') ? FEED_DELAY : 0);

/** Every `<luton-kpi>` on the page has drawn what it read (`luton-load`) or its error (`luton-error`). */
export const kpisShown = (page: Page) =>
  page.waitForFunction(
    () => window.__bench.events.filter((e) => e.tag === 'luton-kpi' && e.type !== 'luton-chart-ready').length >= document.querySelectorAll('luton-kpi').length,
    { timeout: 60_000, polling: 100 },
  );

async function measure(ctx: Context, server: BenchServer, path: string, viewport: Viewport) {
  const loaded = await loadPage(ctx, server, path, { viewport, latency: slowFeed, ready: kpisShown, idle: 1000 });
  // Late shifts (a chart drawn, a font swapped) still count: give them a moment.
  await new Promise((resolve) => setTimeout(resolve, 1000));
  const record = await loaded.record();
  const delayed = loaded.requests().filter((r) => r.contentType.includes('json')).length;
  await loaded.close();
  const top = [...record.shifts].sort((a, b) => b.value - a.value).slice(0, 3);
  // No input is made during these loads: a shift flagged as after input is mobile emulation's phantom touch.
  return { cls: cumulativeLayoutShift(record.shifts, { countInputShifts: true }), shifts: record.shifts.length, delayed, largest: top.map((s) => ({ value: s.value, at: s.startTime, sources: s.sources })) };
}

type Run = Awaited<ReturnType<typeof measure>>;
const fixed = (v: number) => v.toFixed(3);
const show = (s: Summary) => (s.min === s.max ? fixed(s.median) : `${fixed(s.median)} (${fixed(s.min)}-${fixed(s.max)})`);

export const clsPart: Part = {
  name: 'cls',
  title: `Layout shift with the feed ${FEED_DELAY / 1000} s late: ${TILES} tiles and the demo, desktop and phone`,
  demo: true,
  async run(ctx) {
    const kpis = kpisWithFigures(ctx.feed()).slice(0, TILES);
    const reserve = guideReserveCss();
    const plain = writePage('partner-tiles', partnerTilesPage(kpis));
    const reserved = writePage('partner-tiles-reserved', partnerTilesPage(kpis, reserve));
    const server = await ctx.server();
    const demo = await ctx.demo();
    const cases = {
      'tiles desktop': () => measure(ctx, server, plain, desktop),
      'tiles desktop, reserve CSS': () => measure(ctx, server, reserved, desktop),
      'tiles phone': () => measure(ctx, server, plain, phone),
      'tiles phone, reserve CSS': () => measure(ctx, server, reserved, phone),
      'demo desktop': () => measure(ctx, demo, '/examples/', desktop),
      'demo phone': () => measure(ctx, demo, '/examples/', phone),
    };
    type Case = keyof typeof cases;
    const runs = ctx.runs(3);
    const results = await interleave(Object.keys(cases) as Case[], runs, (c) => cases[c]());
    const unslowed = Object.entries(results).filter(([, rs]) => rs.some((r: Run) => r.delayed === 0)).map(([c]) => c);
    if (unslowed.length) throw new Error(`no JSON response was held back on ${unslowed.join(', ')}: the feed delay did not apply`);
    const cls = (c: Case) => summarise(results[c].map((r) => r.cls));
    const goal = (c: Case) => (c.startsWith('demo') ? '< 0.05' : '< 0.02');
    const size = (v: Viewport) => `${v.width}x${v.height}`;
    return {
      figures: (Object.keys(cases) as Case[]).map((c) => ({
        figure: `CLS, ${c.replace('desktop', size(desktop)).replace('phone', size(phone))}`,
        project: show(cls(c)),
        ...(c.endsWith('reserve CSS') ? { against: `without: ${fixed(cls(c.replace(', reserve CSS', '') as Case).median)}`, ratio: ratio(cls(c).median, cls(c.replace(', reserve CSS', '') as Case).median) } : {}),
        goal: goal(c),
      })),
      notes: [
        `Cumulative Layout Shift (largest session window of 'layout-shift' entries), medians of ${runs} interleaved cold loads, measured until every tile shows its value, the network has been quiet 1 s, and 1 s more. Every JSON response is held back ${FEED_DELAY} ms.`,
        `Tiles: a partner page with ${TILES} <luton-kpi> tiles (${kpis.map((k) => k.id).join(', ')}) with fallback links, between paragraphs of text; reserve CSS: the <style> of ${guidePath}.`,
        `Demo: examples/index.html served by scripts/serve.mjs. Largest shifts of the last demo load at 1280x800: ${results['demo desktop'].at(-1)!.largest.map((s) => `${fixed(s.value)} (${s.sources.join(', ')})`).join('; ') || 'none'}.`,
        `Shifts seen per load, tiles at 1280x800: ${count(summarise(results['tiles desktop'].map((r) => r.shifts)).median)}; demo: ${count(summarise(results['demo desktop'].map((r) => r.shifts)).median)}.`,
      ],
      data: { feedDelay: FEED_DELAY, tiles: kpis.map((k) => k.id), reserveCss: reserve, runs, results },
    };
  },
};
