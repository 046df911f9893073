/**
 * A page of 500 KPI tiles against the same page of bare Lit tiles: navigation to every value
 * shown, JS heap and DOM nodes per tile, and Chromium's own style recalculation and layout time
 * (`Performance.getMetrics`) for the whole load.
 */
import { heapAfterGc, metrics } from '../lib/browser.js';
import type { Context } from '../lib/context.js';
import { tileIds } from '../lib/feed.js';
import { count, kb, ms, ratio, spread } from '../lib/format.js';
import { loadPage, waitForTiles } from '../lib/load.js';
import { tilesPage, writePage, type TileTag } from '../lib/pages.js';
import { interleave, summarise, summariseField } from '../lib/stats.js';
import type { Part } from './part.js';

const MANY = 500;

type Variant = 'project' | 'bare' | 'project-1' | 'bare-1';
const tags: Record<Variant, TileTag> = { project: 'luton-kpi', bare: 'bare-kpi', 'project-1': 'luton-kpi', 'bare-1': 'bare-kpi' };

/** Nodes of every kind (elements, text, comments) in a tile: the host, its light children and its shadow tree. */
function nodesPerTile(selector: string) {
  const walk = (node: Node): { nodes: number; elements: number } => {
    let nodes = 1;
    let elements = node.nodeType === Node.ELEMENT_NODE ? 1 : 0;
    const children = [...node.childNodes, ...(node instanceof Element && node.shadowRoot ? [node.shadowRoot] : [])];
    for (const child of children) {
      const inner = walk(child);
      nodes += inner.nodes;
      elements += inner.elements;
    }
    return { nodes, elements };
  };
  const tiles = [...document.querySelectorAll(selector)];
  const sum = tiles.map(walk).reduce((a, b) => ({ nodes: a.nodes + b.nodes, elements: a.elements + b.elements }), { nodes: 0, elements: 0 });
  // The shadow root itself is a node of the tree but no part of the page's DOM size.
  return { nodes: sum.nodes / tiles.length - 1, elements: sum.elements / tiles.length };
}

async function measure(ctx: Context, path: string, tag: TileTag, n: number) {
  const loaded = await loadPage(ctx, await ctx.server(), path, { instrument: { tiles: { selector: tag, count: n } }, ready: waitForTiles });
  const record = await loaded.record();
  const counters = await metrics(loaded.cdp);
  const dom = await loaded.page.evaluate(nodesPerTile, tag);
  const heap = await heapAfterGc(loaded.cdp);
  await loaded.close();
  return {
    shownAt: record.tilesShownAt!,
    styleMs: (counters.RecalcStyleDuration ?? Number.NaN) * 1000,
    styleCount: counters.RecalcStyleCount ?? Number.NaN,
    layoutMs: (counters.LayoutDuration ?? Number.NaN) * 1000,
    layoutCount: counters.LayoutCount ?? Number.NaN,
    heap,
    ...dom,
  };
}

export const tiles500Part: Part = {
  name: 'tiles-500',
  title: `${MANY} KPI tiles on one page: time to every value, heap, DOM, style and layout`,
  async run(ctx) {
    const ids = tileIds(ctx.feed(), MANY);
    const pages: Record<Variant, string> = {
      project: writePage('tiles-500-project', tilesPage('luton-kpi', ids)),
      bare: writePage('tiles-500-bare', tilesPage('bare-kpi', ids)),
      'project-1': writePage('tiles-1-project', tilesPage('luton-kpi', ids.slice(0, 1))),
      'bare-1': writePage('tiles-1-bare', tilesPage('bare-kpi', ids.slice(0, 1))),
    };
    const runs = ctx.runs(5);
    const results = await interleave(['project', 'bare', 'project-1', 'bare-1'] as const, runs, (v) => measure(ctx, pages[v], tags[v], v.endsWith('-1') ? 1 : MANY));
    const field = (pick: (r: Awaited<ReturnType<typeof measure>>) => number) => summariseField(results, pick);
    const shown = field((r) => r.shownAt);
    const style = field((r) => r.styleMs);
    const layout = field((r) => r.layoutMs);
    const nodes = field((r) => r.nodes);
    const elements = field((r) => r.elements);
    // What one more tile costs: the heap of the full page over the one-tile page (same scripts, same data).
    const heapPerTile = (many: Variant, one: Variant) =>
      summarise(results[many].map((r, i) => (r.heap - results[one][i]!.heap) / (MANY - 1)));
    const heap = { project: heapPerTile('project', 'project-1'), bare: heapPerTile('bare', 'bare-1') };
    const row = (figure: string, p: ReturnType<typeof summarise>, b: ReturnType<typeof summarise>, unit: (v: number) => string, goal?: string) => ({
      figure,
      project: spread(p, unit),
      against: `bare Lit ${spread(b, unit)}`,
      ratio: ratio(p.median, b.median),
      ...(goal ? { goal } : {}),
    });
    return {
      figures: [
        row(`navigation to every value shown, ${MANY} tiles`, shown.project, shown.bare, ms, '<= 1.5x bare'),
        row(`JS heap per tile at ${MANY}`, heap.project, heap.bare, kb, '<= 2x bare'),
        row('DOM nodes per tile (with shadow tree)', nodes.project, nodes.bare, count, '<= 2x bare'),
        row('elements per tile (with shadow tree)', elements.project, elements.bare, count),
        row(`style recalculation, ${MANY} tiles`, style.project, style.bare, ms),
        row(`layout, ${MANY} tiles`, layout.project, layout.bare, ms),
      ],
      notes: [
        `Medians of ${runs} interleaved cold loads each (range in brackets), 1280x800. "Shown" is the second frame after the last tile drew its value.`,
        `Heap per tile: JS heap after garbage collection with ${MANY} tiles minus with one tile, over ${MANY - 1}. Nodes count elements, text and comments (Lit's markers) in the host, its children and its shadow tree.`,
        `Style and layout are Chromium's RecalcStyleDuration and LayoutDuration for the load (${count(field((r) => r.styleCount).project.median)} and ${count(field((r) => r.layoutCount).project.median)} recalculations and layouts for the project's page, ${count(field((r) => r.styleCount).bare.median)} and ${count(field((r) => r.layoutCount).bare.median)} for the bare page).`,
      ],
      data: { tiles: MANY, runs, results, heapPerTile: heap },
    };
  },
};
