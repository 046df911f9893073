/**
 * Which of the CDN build's files are chart code, found the way a page meets them rather than by
 * file name: the scripts a comparator fetches when it draws its Vega chart, less those it fetches
 * with `chart="html"` (plain bars, never any chart code). The comparator's KPI is the feed's KPI
 * with the most areas to compare.
 */
import { compareAreas, type Area, type ComparisonRow, type Kpi } from '@luton2040/sdk';
import type { Context } from './context.js';
import { isScript, loadPage, uniqueByPath } from './load.js';
import { comparatorPage, writePage } from './pages.js';
import { gzipSize } from './server.js';

export interface ChartCode {
  /** The KPI drawn, and the rows `drawComparison` draws for it. */
  kpi: string;
  rows: ComparisonRow[];
  /** Chart code files by path on the suite's server, with their sizes. */
  files: { path: string; bytes: number; gzip: number }[];
  /** The chart entry: the file that exports `drawComparison`. */
  entry: string;
}

/** The KPI with the most comparison rows that the comparator draws as a chart (ranks are tables). */
export function chartKpi(kpis: readonly Kpi[], areas: readonly Area[]): { kpi: Kpi; rows: ComparisonRow[] } {
  const candidates = kpis.filter((k) => k.unit !== 'rank').map((kpi) => ({ kpi, rows: compareAreas(kpi, areas).rows }));
  const best = candidates.sort((a, b) => b.rows.length - a.rows.length)[0];
  if (!best || best.rows.length < 2) throw new Error('no KPI in the reference feed has two areas to compare');
  return best;
}

export async function findChartCode(ctx: Context): Promise<ChartCode> {
  const feed = ctx.feed();
  const { kpi, rows } = chartKpi(feed.items<Kpi>('kpis'), feed.items<Area>('areas'));
  const server = await ctx.server();
  const scripts = async (chart: 'auto' | 'html') => {
    const loaded = await loadPage(ctx, server, writePage(`comparator-${chart}`, comparatorPage(kpi.id, chart)), {
      ready: (page) => page.waitForFunction((event: string) => window.__bench.events.some((e) => e.type === event), { timeout: 60_000 }, chart === 'auto' ? 'luton-chart-ready' : 'luton-load'),
      idle: 500,
    });
    const files = uniqueByPath(loaded.requests().filter(isScript));
    const exports = chart === 'auto'
      ? await loaded.page.evaluate(async (paths: string[]) => Promise.all(paths.map(async (p) => 'drawComparison' in (await import(p)))), files.map((f) => f.path))
      : [];
    await loaded.close();
    return files.map((f, i) => ({ path: f.path, bytes: f.body.length, gzip: gzipSize(f.body), drawComparison: exports[i] ?? false }));
  };
  const plain = new Set((await scripts('html')).map((f) => f.path));
  const drawn = await scripts('auto');
  const chartFiles = drawn.filter((f) => !plain.has(f.path));
  const entry = chartFiles.find((f) => f.drawComparison)?.path;
  if (!entry) throw new Error(`no chart file fetched by <luton-comparator-bars kpi="${kpi.id}"> exports drawComparison (chart files: ${chartFiles.map((f) => f.path).join(', ') || 'none'})`);
  return { kpi: kpi.id, rows, files: chartFiles.map(({ path, bytes, gzip }) => ({ path, bytes, gzip })), entry };
}
