/**
 * The benchmark suite: `npm run bench` measures every part side by side in one run and prints a
 * table per part; `npm run bench -- tracker cls` runs some parts. Figures are medians of
 * interleaved runs in headless Chromium (cold cache, fixed viewport, no CPU throttling), written
 * with every run to bench/results/latest.json. It is an instrument, never a pass/fail check:
 * it exits non-zero only when a part could not be measured. See docs/performance.md.
 *
 *   npm run bench [-- PART...] [--runs N] [--no-build]
 */
import { relative } from 'node:path';
import { buildBaselines, buildProject, buildReferenceFeed } from './lib/build.js';
import { createContext } from './lib/context.js';
import { root } from './lib/paths.js';
import { latestPath, machine, revision, saveResult } from './lib/results.js';
import { formatTable } from './lib/table.js';
import { parts } from './parts/index.js';

const usage = `npm run bench [-- PART...] [--runs N] [--no-build]

Parts (all by default):
${parts.map((p) => `  ${p.name.padEnd(12)} ${p.title}`).join('\n')}

  --runs N     runs per variant (each part has its own default)
  --no-build   measure the current build instead of running npm run build:packages first`;

function parseArgs(argv: string[]) {
  const names: string[] = [];
  let runs: number | undefined;
  let build = true;
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i]!;
    if (arg === '--help' || arg === '-h') {
      console.log(usage);
      process.exit(0);
    } else if (arg === '--no-build') build = false;
    else if (arg === '--runs') {
      runs = Number(argv[++i]);
      if (!Number.isInteger(runs) || runs < 1) throw new Error(`--runs needs a whole number of at least 1, not "${argv[i]}"`);
    } else if (arg.startsWith('-')) throw new Error(`unknown option ${arg}\n\n${usage}`);
    else names.push(arg);
  }
  const unknown = names.filter((n) => !parts.some((p) => p.name === n));
  if (unknown.length) throw new Error(`unknown part ${unknown.join(', ')}\n\n${usage}`);
  return { selected: names.length ? parts.filter((p) => names.includes(p.name)) : parts, runs, build };
}

const { selected, runs, build } = parseArgs(process.argv.slice(2));
buildProject({ skip: !build, demo: selected.some((p) => p.demo) });
if (selected.some((p) => !p.nodeOnly)) {
  buildReferenceFeed();
  await buildBaselines();
}

const ctx = createContext(runs);
const failed: string[] = [];
try {
  for (const part of selected) {
    console.log(`\n## ${part.name}: ${part.title}\n`);
    const started = Date.now();
    try {
      const result = await part.run(ctx);
      if (result.figures.length) console.log(formatTable(result.figures));
      for (const note of result.notes) console.log(`- ${note}`);
      const chromium = await ctx.browserVersion();
      saveResult(part.name, { measuredAt: new Date().toISOString(), seconds: Math.round((Date.now() - started) / 1000), ...revision(), machine: machine(chromium), ...result });
    } catch (error) {
      failed.push(part.name);
      console.error(`${part.name} could not be measured: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
    }
  }
} finally {
  await ctx.close();
}
console.log(`\nResults: ${relative(root, latestPath)}`);
if (failed.length) {
  console.error(`Not measured: ${failed.join(', ')}`);
  process.exit(1);
}
