/**
 * Whether the demo page loads chart code before its comparators are scrolled into view: five cold
 * loads at 1280x800 without scrolling, counting those that requested any chart file; then, as a
 * check that the count can see chart code at all, the same page scrolled to the first comparator.
 */
import { desktop } from '../lib/browser.js';
import { findChartCode } from '../lib/chart-code.js';
import type { Context } from '../lib/context.js';
import { loadPage } from '../lib/load.js';
import type { Part } from './part.js';
import { kpisShown } from './cls.js';

const LOADS = 5;

export const lazyChartPart: Part = {
  name: 'lazy-chart',
  title: `Chart code on the demo before scrolling (${LOADS} loads at 1280x800)`,
  demo: true,
  async run(ctx: Context) {
    // Chart files are named by content hash; the demo serves the same CDN build as the suite.
    const code = await findChartCode(ctx);
    const chartFiles = new Set(code.files.map((f) => f.path.split('/').pop()!));
    const isChart = (path: string) => chartFiles.has(path.split('/').pop()!);
    const demo = await ctx.demo();
    const loads = ctx.runs(LOADS);
    const results: { withoutScrolling: string[]; afterScrolling: string[] }[] = [];
    for (let run = 0; run < loads; run += 1) {
      const loaded = await loadPage(ctx, demo, '/examples/', { viewport: desktop, ready: kpisShown, idle: 1000 });
      await new Promise((resolve) => setTimeout(resolve, 1000));
      const withoutScrolling = loaded.requests().filter((r) => isChart(r.path)).map((r) => r.path);
      await loaded.page.evaluate(() => document.querySelector('luton-comparator-bars')?.scrollIntoView());
      await loaded.page.waitForNetworkIdle({ idleTime: 1000, timeout: 60_000 });
      const afterScrolling = loaded.requests().filter((r) => isChart(r.path)).map((r) => r.path);
      await loaded.close();
      results.push({ withoutScrolling, afterScrolling });
    }
    const early = results.filter((r) => r.withoutScrolling.length > 0).length;
    const afterScroll = results.filter((r) => r.afterScrolling.length > 0).length;
    return {
      figures: [
        { figure: 'loads that fetched chart code without scrolling', project: `${early} of ${loads}`, goal: `0 of ${loads}` },
        { figure: 'loads that fetched it once scrolled to a comparator', project: `${afterScroll} of ${loads}`, goal: `${loads} of ${loads}` },
      ],
      notes: [
        `Chart code: ${[...chartFiles].join(', ')} (what a comparator fetches to draw its chart, see bench/lib/chart-code.ts). Each load waits until every KPI tile shows its value, the network has been quiet 1 s, and 1 s more.`,
        ...(afterScroll < loads ? ['Some loads fetched no chart code even when scrolled to a comparator: the count above cannot be trusted for those loads.'] : []),
      ],
      data: { chartFiles: [...chartFiles], loads: results },
    };
  },
};
