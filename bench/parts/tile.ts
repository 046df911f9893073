/**
 * One KPI tile on a partner page, against the bare Lit tile, a Shoelace card and Chart.js: the
 * script and feed bytes it fetches (gzip -9), how many requests it makes in a row before its
 * figure shows, and the feed requests of a page of fifty tiles.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Kpi } from '@luton2040/sdk';
import { longestChain } from '../lib/chain.js';
import type { Context } from '../lib/context.js';
import { kpisWithFigures, tileIds } from '../lib/feed.js';
import { count, kb, ms, ratio, spread } from '../lib/format.js';
import { guideExampleKpi, guidePath } from '../lib/guide.js';
import { isScript, loadPage, uniqueByPath, waitForTiles } from '../lib/load.js';
import { sameWordsPage, shoelaceCardPage, tilesPage, writePage } from '../lib/pages.js';
import { wwwDir } from '../lib/paths.js';
import { gzipSize, type ServedRequest } from '../lib/server.js';
import { interleave, median, summarise } from '../lib/stats.js';
import type { Part } from './part.js';

/** Every response is held back this long while the chain is measured (see lib/chain.ts). */
const LATENCY = 40;

const file = (r: ServedRequest) => ({ path: r.path, bytes: r.body.length, gzip: gzipSize(r.body) });
const total = (files: { gzip: number }[]) => files.reduce((sum, f) => sum + f.gzip, 0);
const name = (path: string) => path.split('/').pop() || path;
const tiles = (n: number) => ({ tiles: { selector: 'luton-kpi, bare-kpi', count: n } });

type Variant = 'project' | 'provider' | 'bare';

async function oneTile(ctx: Context, path: string) {
  const loaded = await loadPage(ctx, await ctx.server(), path, { latency: LATENCY, instrument: tiles(1), ready: waitForTiles, idle: 500 });
  const record = await loaded.record();
  const all = loaded.requests();
  await loaded.close();
  const before = all.filter((r) => r.arrived <= loaded.readyAt);
  return {
    shownAt: record.tilesShownAt!,
    chain: longestChain(before).map((r) => r.path),
    scripts: uniqueByPath(all.filter(isScript)).map(file),
    scriptsBeforeShown: uniqueByPath(before.filter(isScript)).map(file),
    feed: uniqueByPath(all.filter((r) => r.path.startsWith('/feed/'))).map(file),
  };
}

async function fiftyTiles(ctx: Context, path: string, n: number) {
  const loaded = await loadPage(ctx, await ctx.server(), path, { instrument: tiles(n), ready: waitForTiles, idle: 500 });
  const all = loaded.requests();
  await loaded.close();
  const feed = all.filter((r) => r.path.startsWith('/feed/'));
  return { feedRequests: feed.length, feedFiles: uniqueByPath(feed).map((r) => r.path), requests: all.length };
}

async function shoelaceScripts(ctx: Context, title: string) {
  const loaded = await loadPage(ctx, await ctx.server(), writePage('shoelace-card', shoelaceCardPage(title)), {
    ready: (page) => page.waitForFunction(() => document.querySelector('sl-card')?.shadowRoot?.querySelector('[part~="base"]')),
    idle: 500,
  });
  const scripts = uniqueByPath(loaded.requests().filter(isScript)).map(file);
  await loaded.close();
  return scripts;
}

/** Loads every KPI as both tiles and compares what they say, ignoring white space. */
async function sameWords(ctx: Context, ids: string[]) {
  const loaded = await loadPage(ctx, await ctx.server(), writePage('same-words', sameWordsPage(ids)), { instrument: tiles(ids.length * 2), ready: waitForTiles });
  const differences = await loaded.page.evaluate(() => {
    const words = (el: Element) => (el.shadowRoot?.textContent ?? '').replace(/\s+/g, '');
    return [...document.querySelectorAll('luton-kpi')].flatMap((tile) => {
      const bare = tile.nextElementSibling!;
      const [ours, theirs] = [words(tile), words(bare)];
      if (ours === theirs) return [];
      let at = 0;
      while (ours[at] === theirs[at]) at += 1;
      return [{ kpi: tile.getAttribute('kpi')!, project: ours.slice(Math.max(0, at - 20), at + 40), bare: theirs.slice(Math.max(0, at - 20), at + 40) }];
    });
  });
  await loaded.close();
  return differences;
}

export const tilePart: Part = {
  name: 'tile',
  title: 'One KPI tile: script and feed bytes, requests in a row; fifty tiles on a page',
  async run(ctx) {
    const feed = ctx.feed();
    const id = guideExampleKpi();
    const kpi = feed.items<Kpi>('kpis').find((k) => k.id === id);
    if (!kpi || !kpisWithFigures(feed).includes(kpi)) throw new Error(`${guidePath}'s example KPI "${id}" has no figures in the reference feed`);

    const pages: Record<Variant, string> = {
      project: writePage('tile-project', tilesPage('luton-kpi', [id])),
      provider: writePage('tile-provider', tilesPage('luton-kpi', [id], { provider: true })),
      bare: writePage('tile-bare', tilesPage('bare-kpi', [id])),
    };
    const runs = ctx.runs(3);
    const loads = await interleave(['project', 'provider', 'bare'] as const, runs, (variant) => oneTile(ctx, pages[variant]));
    const first = (v: Variant) => loads[v][0]!;
    const js = (v: Variant) => median(loads[v].map((l) => total(l.scripts)));
    const depth = (v: Variant) => summarise(loads[v].map((l) => l.chain.length));
    const shown = (v: Variant) => summarise(loads[v].map((l) => l.shownAt));

    const card = await shoelaceScripts(ctx, kpi.title);
    const chartJs = gzipSync(readFileSync(join(wwwDir, 'chartjs-bars.js')), { level: 9 }).length;
    const record = Buffer.from(JSON.stringify(kpi));
    const recordGzip = gzipSync(record, { level: 9 }).length;
    const feedBytes = total(first('project').feed);

    const fifty = tileIds(feed, 50);
    const many = {
      project: await fiftyTiles(ctx, writePage('tiles-50-project', tilesPage('luton-kpi', fifty)), fifty.length),
      provider: await fiftyTiles(ctx, writePage('tiles-50-provider', tilesPage('luton-kpi', fifty, { provider: true })), fifty.length),
      bare: await fiftyTiles(ctx, writePage('tiles-50-bare', tilesPage('bare-kpi', fifty)), fifty.length),
    };
    const withFigures = kpisWithFigures(feed).map((k) => k.id);
    const differences = await sameWords(ctx, withFigures);

    const [bareJs, cardJs] = [js('bare'), total(card)];
    const chainText = (v: Variant) => first(v).chain.map(name).join(' > ');
    return {
      figures: [
        { figure: 'JS for a page with one <luton-kpi>', project: kb(js('project')), against: `bare Lit ${kb(bareJs)}; sl-card ${kb(cardJs)}; Chart.js bars ${kb(chartJs)}`, ratio: `${ratio(js('project'), bareJs)}; ${ratio(js('project'), cardJs)}`, goal: '<= 13 KB (2x bare, 1.5x sl-card)' },
        { figure: 'same, inside <luton-data>', project: kb(js('provider')), against: `bare Lit ${kb(bareJs)}`, ratio: ratio(js('provider'), bareJs), goal: '<= 13 KB' },
        { figure: 'feed bytes for one tile', project: kb(feedBytes), against: `one KPI record ${kb(recordGzip)} (${kb(record.length)} raw)`, ratio: ratio(feedBytes, recordGzip), goal: '<= 4 KB' },
        { figure: 'requests in a row before the figure shows', project: count(depth('project').median), against: `bare Lit ${count(depth('bare').median)}`, ratio: ratio(depth('project').median, depth('bare').median), goal: '<= 4' },
        { figure: 'same, inside <luton-data>', project: count(depth('provider').median), against: `bare Lit ${count(depth('bare').median)}`, ratio: ratio(depth('provider').median, depth('bare').median), goal: '<= 4' },
        { figure: `navigation to figure shown, ${LATENCY} ms a request`, project: spread(shown('project'), ms), against: `bare Lit ${spread(shown('bare'), ms)}`, ratio: ratio(shown('project').median, shown('bare').median) },
        { figure: `feed requests, ${fifty.length} tiles`, project: count(many.project.feedRequests), against: `bare Lit ${count(many.bare.feedRequests)}`, ratio: ratio(many.project.feedRequests, many.bare.feedRequests), goal: '<= 3' },
        { figure: `same, inside <luton-data>`, project: count(many.provider.feedRequests), against: `bare Lit ${count(many.bare.feedRequests)}`, ratio: ratio(many.provider.feedRequests, many.bare.feedRequests), goal: '<= 3' },
      ],
      notes: [
        `KPI "${id}" (the first example of ${guidePath}); sizes are gzip -9 of every file the page fetched, each counted once; Chart.js and sl-card are bundles the suite builds, shown for scale.`,
        `Scripts before the figure showed: ${first('project').scriptsBeforeShown.map((s) => `${name(s.path)} ${kb(s.gzip)}`).join(', ')}; after it: ${kb(js('project') - total(first('project').scriptsBeforeShown))}.`,
        `Feed files for one tile: ${first('project').feed.map((f) => `${name(f.path)} ${kb(f.gzip)}`).join(', ')}.`,
        `Requests in a row (each waits for the one before; ${LATENCY} ms latency on every response): project ${chainText('project')}; inside <luton-data> ${chainText('provider')}; bare Lit ${chainText('bare')}.`,
        `${fifty.length} tiles go round the feed's ${withFigures.length} KPIs with figures; feed files fetched: ${many.project.feedFiles.map(name).join(', ')}.`,
        differences.length === 0
          ? `The bare Lit tile shows the same words as <luton-kpi> for all ${withFigures.length} KPIs with figures.`
          : `The bare Lit tile's words differ for ${differences.length} of ${withFigures.length} KPIs (the comparison is only fair once they match): ${differences.slice(0, 3).map((d) => `${d.kpi}: "${d.project}" vs "${d.bare}"`).join('; ')}`,
      ],
      data: { kpi: id, latency: LATENCY, loads, shoelaceCard: card, chartJsBars: chartJs, kpiRecord: { bytes: record.length, gzip: recordGzip }, fiftyTiles: many, sameWords: { kpis: withFigures.length, differences } },
    };
  },
};
