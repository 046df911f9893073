/**
 * The action tracker with the plan's activities and with ten and a hundred times as many: first
 * paint from navigation, a filter narrowed to one priority and widened back to all (through the
 * filter control, as a reader does), the longest main-thread task of each step, and the elements
 * in its shadow root. Ratios are to the plan as published.
 */
import { join } from 'node:path';
import type { Context } from '../lib/context.js';
import { feedsDir } from '../lib/context.js';
import { writeScaledPlan } from '../lib/feed.js';
import { count, ms, ratio, spread } from '../lib/format.js';
import { loadPage } from '../lib/load.js';
import { trackerPage, writePage } from '../lib/pages.js';
import { interleave, summarise, type Summary } from '../lib/stats.js';
import type { Part } from './part.js';

const SCALES = [1, 10, 100] as const;
type Scale = `x${(typeof SCALES)[number]}`;

/** In the page: waits for the tracker's first drawn frame, then changes its priority filter twice. */
async function exercise() {
  const tracker = document.querySelector('luton-action-tracker') as HTMLElement & { updateComplete: Promise<unknown> };
  const painted = async () => {
    await tracker.updateComplete;
    await new Promise(requestAnimationFrame);
    await new Promise(requestAnimationFrame);
    return performance.now();
  };
  const loaded = window.__bench.events.find((e) => e.type === 'luton-load' && e.tag === 'luton-action-tracker');
  const failed = window.__bench.events.find((e) => e.type === 'luton-error' && e.tag === 'luton-action-tracker');
  if (!loaded) throw new Error(`the tracker could not load its feed (luton-error: ${failed?.error ?? 'no message'})`);
  const paintedAt = await painted();
  const elements = () => tracker.shadowRoot!.querySelectorAll('*').length;
  const firstElements = elements();
  const select = tracker.shadowRoot!.querySelector('select[name="priority"]') as HTMLSelectElement | null;
  if (!select || select.options.length < 2) throw new Error('the tracker has no priority filter with a choice');
  // Each step starts in a task of its own, after the page has been quiet for a moment, so that its
  // long tasks are its own and not the end of the step before.
  const choose = (value: string) =>
    new Promise<{ start: number; end: number; ms: number; elements: number }>((resolve) =>
      setTimeout(async () => {
        const start = performance.now();
        select.value = value;
        select.dispatchEvent(new Event('change', { bubbles: true }));
        const end = await painted();
        resolve({ start, end, ms: end - start, elements: elements() });
      }, 300),
    );
  const narrow = await choose(select.options[1]!.value);
  const widen = await choose(select.options[0]!.value);
  // Observers deliver their entries after the task or frame has ended.
  await new Promise((resolve) => setTimeout(resolve, 500));
  // Tasks and frames that overlap a step count for it: a frame may open with a short task (an
  // observer's callback) just before the step's own. The quiet gap keeps earlier steps out.
  const longestOf = (entries: { start: number; duration: number }[]) => (from: number, to: number) =>
    Math.max(0, ...entries.filter((t) => t.start < to && t.start + t.duration > from).map((t) => t.duration));
  const longest = longestOf(window.__bench.longTasks);
  const longestFrame = longestOf(window.__bench.longFrames);
  return {
    firstPaint: paintedAt,
    renderAfterData: paintedAt - loaded.at,
    firstElements,
    narrowMs: narrow.ms,
    narrowElements: narrow.elements,
    widenMs: widen.ms,
    widenElements: widen.elements,
    longestLoadTask: longest(0, paintedAt),
    longestNarrowTask: longest(narrow.start, narrow.end),
    longestWidenTask: longest(widen.start, widen.end),
    longestNarrowFrame: longestFrame(narrow.start, narrow.end),
    longestWidenFrame: longestFrame(widen.start, widen.end),
    priority: select.options[1]!.textContent,
  };
}

type Run = Awaited<ReturnType<typeof exercise>>;

export const trackerPart: Part = {
  name: 'tracker',
  title: 'The action tracker with 1x, 10x and 100x the plan: first paint, filtering, long tasks, elements',
  async run(ctx: Context) {
    const feed = ctx.feed();
    const sizes: Record<string, { actions: number; activities: number }> = {};
    const pages = {} as Record<Scale, string>;
    for (const times of SCALES) {
      sizes[`x${times}`] = writeScaledPlan(feed, join(feedsDir, `x${times}`), times);
      pages[`x${times}`] = writePage(`tracker-x${times}`, trackerPage(`/feeds/x${times}/index.json`));
    }
    const server = await ctx.server();
    const runs = ctx.runs(3);
    const results = await interleave(SCALES.map((t) => `x${t}` as Scale), runs, async (scale) => {
      const loaded = await loadPage(ctx, server, pages[scale], {
        ready: (page) => page.waitForFunction(() => window.__bench.events.some((e) => e.tag === 'luton-action-tracker'), { timeout: 180_000, polling: 100 }),
      });
      const run: Run = await loaded.page.evaluate(exercise);
      await loaded.close();
      // A record the SDK drops would make the plan smaller than the figures say.
      const dropped = loaded.messages.filter((m) => m.includes('dropped'));
      if (dropped.length) throw new Error(`${scale}: the SDK dropped records of the scaled plan: ${dropped[0]}`);
      return run;
    });
    const of = (scale: Scale, pick: (r: Run) => number) => summarise(results[scale].map(pick));
    const label = (scale: Scale) => `${sizes[scale]!.activities.toLocaleString('en-GB')}`;
    const rows = (figure: string, pick: (r: Run) => number, unit: (v: number) => string, goal?: string) => {
      const base = of('x1', pick);
      return (['x10', 'x100'] as const).map((scale) => {
        const s: Summary = of(scale, pick);
        return { figure: `${figure}, ${label(scale)} activities`, project: spread(s, unit), against: `${label('x1')}: ${spread(base, unit)}`, ratio: ratio(s.median, base.median), ...(goal && scale === 'x100' ? { goal } : {}) };
      });
    };
    // The API reports no task under 50 ms: 0 means none that long.
    const task = (v: number) => (v === 0 ? '0 ms' : ms(v));
    return {
      figures: [
        ...rows('first paint from navigation', (r) => r.firstPaint, ms, '<= 2x the plan'),
        ...rows('filter narrowed to one priority', (r) => r.narrowMs, ms),
        ...rows('filter widened back to all', (r) => r.widenMs, ms),
        ...rows('longest task while loading', (r) => r.longestLoadTask, task),
        ...rows('longest task, narrowing', (r) => r.longestNarrowTask, task, 'none over 100 ms'),
        ...rows('longest task, widening', (r) => r.longestWidenTask, task, 'none over 100 ms'),
        ...rows('elements in its shadow root', (r) => r.firstElements, count, '< 5,000 until opened'),
      ],
      notes: [
        `Plans: ${Object.entries(sizes).map(([scale, s]) => `${scale} ${s.activities.toLocaleString('en-GB')} activities in ${s.actions} actions`).join('; ')} (bench/lib/feed.ts repeats the activities with new numbers).`,
        `Medians of ${runs} interleaved cold loads, 1280x800. First paint: navigation to the second frame after the tracker drew its data; filters are changed through its priority control ("${results.x1[0]!.priority}", then "All"), timed to the second frame after the update.`,
        `Long tasks are PerformanceObserver 'longtask' entries (50 ms and over; 0 ms: none) overlapping each step; each step starts after 300 ms of quiet. Render after the data arrived, ${label('x100')} activities: ${spread(of('x100', (r) => r.renderAfterData), ms)}.`,
        `Longest animation frame (script and the rendering it caused), ${label('x100')} activities: narrowing ${task(of('x100', (r) => r.longestNarrowFrame).median)}, widening ${task(of('x100', (r) => r.longestWidenFrame).median)}.`,
        `Elements after narrowing / widening, ${label('x100')} activities: ${count(of('x100', (r) => r.narrowElements).median)} / ${count(of('x100', (r) => r.widenElements).median)}.`,
      ],
      data: { plans: sizes, runs, results },
    };
  },
};
