// Benchmark: <luton-action-tracker> with the plan's 93 activities and with ten times as many,
// side by side in one run, from the CDN build in headless Chromium. Prints medians of a few runs:
// first render (data already cached by the page) and re-render after a filter change.
// Run after `npm run build`: node --import tsx scripts/bench-tracker.ts
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { launchChromium } from './checks/support/chromium.js';
import { serveStatic } from './checks/support/static-server.js';

const RUNS = 5;
const feedDir = 'packages/data/dist/feed';

interface Item { id: string; action?: string; activities?: string[] }

/** A copy of the built feed whose plan is copied `times` times (synthetic benchmark data). */
function scaledFeed(root: string, times: number): void {
  const dir = join(root, `feed-x${times}`);
  cpSync(feedDir, dir, { recursive: true });
  const manifest = JSON.parse(readFileSync(join(dir, 'index.json'), 'utf8'));
  const renumber = (id: string, copy: number) => id.replace(/^(\d)\.(\d+)/, (_, p: string, a: string) => `${p}.${Number(a) + copy * 10}`);
  for (const name of ['actions', 'activities']) {
    const file = join(dir, manifest.resources[name].url);
    const { items } = JSON.parse(readFileSync(file, 'utf8')) as { items: Item[] };
    const copies = Array.from({ length: times }, (_, copy) =>
      items.map((item) => ({
        ...item,
        id: renumber(item.id, copy),
        ...(item.action ? { action: renumber(item.action, copy) } : {}),
        ...(item.activities ? { activities: item.activities.map((a) => renumber(a, copy)) } : {}),
      })),
    ).flat();
    writeFileSync(file, JSON.stringify({ resource: name, items: copies }));
  }
}

const root = mkdtempSync(join(tmpdir(), 'bench-tracker-'));
cpSync('packages/elements/dist/cdn', join(root, 'cdn'), { recursive: true });
scaledFeed(root, 1);
scaledFeed(root, 10);
writeFileSync(join(root, 'index.html'), '<!doctype html><html lang="en"><body><script type="module" src="/cdn/luton2040.js"></script></body></html>');

const server = await serveStatic(root);
const browser = await launchChromium();
const median = (xs: number[]) => xs.sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

async function measure(times: number): Promise<{ render: number; filter: number; activities: number }> {
  const page = await browser.newPage();
  await page.goto(`${server.base}/index.html`);
  const result = await page.evaluate(async (src: string, runs: number) => {
    const renders: number[] = [];
    const filters: number[] = [];
    let shown = 0;
    for (let run = 0; run < runs; run += 1) {
      const el = document.createElement('luton-action-tracker') as HTMLElement & { updateComplete: Promise<unknown>; priority?: string };
      el.setAttribute('src', src);
      const loaded = new Promise((resolve) => el.addEventListener('luton-load', resolve, { once: true }));
      const start = performance.now();
      document.body.append(el);
      await loaded;
      await el.updateComplete;
      await new Promise(requestAnimationFrame);
      renders.push(performance.now() - start);
      shown = el.shadowRoot!.querySelectorAll('[part="activity"]').length;
      const filterStart = performance.now();
      el.priority = 'talent-pipeline';
      await el.updateComplete;
      await new Promise(requestAnimationFrame);
      filters.push(performance.now() - filterStart);
      el.remove();
    }
    return { renders, filters, shown };
  }, `/feed-x${times}/index.json`, RUNS);
  await page.close();
  return { render: median(result.renders), filter: median(result.filters), activities: result.shown };
}

try {
  const rows = [await measure(1), await measure(10)];
  console.log(`<luton-action-tracker>, median of ${RUNS} runs (ms)`);
  console.log('activities   first render   filter change');
  for (const r of rows) console.log(`${String(r.activities).padStart(10)}   ${r.render.toFixed(1).padStart(12)}   ${r.filter.toFixed(1).padStart(13)}`);
} finally {
  await browser.close();
  await server.close();
  rmSync(root, { recursive: true, force: true });
}
