/**
 * The comparator's chart code against the Vega floor (the whole `vega` package with the
 * interpreter) and Chart.js: bytes (gzip -9), and the time to draw the same rows into a fresh
 * page with the code already loaded.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { ChartRow, ChartTheme, DrawChart } from '../baselines/chart-types.js';
import { findChartCode } from '../lib/chart-code.js';
import type { Context } from '../lib/context.js';
import { kb, ms, ratio, spread } from '../lib/format.js';
import { loadPage } from '../lib/load.js';
import { blankPage, writePage } from '../lib/pages.js';
import { wwwDir } from '../lib/paths.js';
import { interleave, summariseField } from '../lib/stats.js';
import type { Part } from './part.js';

const WIDTH = 360;
const theme: ChartTheme = { text: '#1b1b1f', muted: '#4a4a55', luton: '#5b2a86', reference: '#1b1b1f', comparator: '#8a8a96', font: 'system-ui, sans-serif' };

type Variant = 'project' | 'vega' | 'chartjs';

/** In the page: imports the module, then times one draw until the frame after it is painted. */
async function drawInPage(url: string, exported: string, rows: ChartRow[], chartTheme: ChartTheme, width: number) {
  const module = (await import(url)) as Record<string, DrawChart>;
  const container = document.createElement('div');
  document.body.append(container);
  await new Promise(requestAnimationFrame);
  const start = performance.now();
  await module[exported]!(container, rows, chartTheme, width);
  await new Promise(requestAnimationFrame);
  await new Promise(requestAnimationFrame);
  const drawn = container.querySelector('svg') ? container.querySelectorAll('svg path, svg rect').length : container.querySelector('canvas') ? 1 : 0;
  return { ms: performance.now() - start, drawn };
}

const gzipOf = (file: string) => gzipSync(readFileSync(join(wwwDir, file)), { level: 9 }).length;

export const chartPart: Part = {
  name: 'chart',
  title: 'The comparator chart: chart code bytes and draw time against Vega and Chart.js',
  async run(ctx: Context) {
    const code = await findChartCode(ctx);
    const chartBytes = code.files.reduce((sum, f) => sum + f.gzip, 0);
    const sizes = { project: chartBytes, vega: gzipOf('vega-floor.js'), chartjs: gzipOf('chartjs-bars.js') };
    const modules: Record<Variant, [string, string]> = {
      project: [code.entry, 'drawComparison'],
      vega: ['/bench/vega-floor.js', 'drawVega'],
      chartjs: ['/bench/chartjs-bars.js', 'drawBars'],
    };
    const rows: ChartRow[] = code.rows.map(({ name, value, label, role }) => ({ name, value, label, role }));
    const path = writePage('chart', blankPage());
    const server = await ctx.server();
    const runs = ctx.runs(7);
    const results = await interleave(['project', 'vega', 'chartjs'] as const, runs, async (variant) => {
      const loaded = await loadPage(ctx, server, path, { ready: async () => undefined });
      const [url, exported] = modules[variant];
      const result = await loaded.page.evaluate(drawInPage, url, exported, rows, theme, WIDTH);
      await loaded.close();
      if (!result.drawn) throw new Error(`${variant}: ${exported} drew nothing`);
      return result;
    });
    const draw = summariseField(results, (r) => r.ms);
    return {
      figures: [
        { figure: 'chart code (gzip)', project: kb(sizes.project), against: `Vega floor ${kb(sizes.vega)}; Chart.js bars ${kb(sizes.chartjs)}`, ratio: `${ratio(sizes.project, sizes.vega)}; ${ratio(sizes.project, sizes.chartjs)}`, goal: '<= 140 KB' },
        { figure: `draw ${rows.length} bars, ${WIDTH} px`, project: spread(draw.project, ms), against: `Vega floor ${spread(draw.vega, ms)}; Chart.js ${spread(draw.chartjs, ms)}`, ratio: `${ratio(draw.project.median, draw.vega.median)}; ${ratio(draw.project.median, draw.chartjs.median)}` },
      ],
      notes: [
        `Chart code: what <luton-comparator-bars kpi="${code.kpi}"> fetches to draw its chart beyond what it fetches with chart="html": ${code.files.map((f) => `${f.path.split('/').pop()} ${kb(f.gzip)}`).join(', ')}.`,
        'Vega floor: the whole vega package and vega-interpreter drawing the same compiled spec (bench/baselines/vega-floor.ts); Chart.js: a bar chart with only the bar controller, scales and value labels (bench/baselines/chartjs-bars.ts). Both built like the CDN build.',
        `Draw: medians of ${runs} interleaved runs, each in a fresh page with the module already imported, from the call to the second frame after it resolved (Vega draws SVG, Chart.js a canvas).`,
      ],
      data: { kpi: code.kpi, rows, files: code.files, entry: code.entry, sizes, results },
    };
  },
};
