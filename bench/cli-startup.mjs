// Start-up of the two command-line tools against an empty Node process, side by side in one run:
// `node -e 0`, `luton2040-feed --help` and `luton2040-email --help`, run interleaved (one of each
// per round, so that a busy moment of the machine hits all three alike), after one warm-up round.
// Prints the medians and their ratios to `node -e 0`, and writes them to dist/bench/cli-startup.json.
// The target: each CLI's --help within 1.5x of the empty process. Needs `npm run build:packages`.
//
//   node bench/cli-startup.mjs [--rounds N]
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const { values } = parseArgs({ options: { rounds: { type: 'string', default: '21' } } });
const rounds = Number(values.rounds);
if (!Number.isInteger(rounds) || rounds < 1) throw new Error(`--rounds must be a whole number above 0 (got "${values.rounds}")`);

const subjects = [
  { name: 'node -e 0', args: ['-e', '0'] },
  { name: 'luton2040-feed --help', args: [join(root, 'packages/data/bin/luton2040-feed.js'), '--help'], needs: 'packages/data/dist/cli.js' },
  { name: 'luton2040-email --help', args: [join(root, 'packages/render/bin/luton2040-email.js'), '--help'], needs: 'packages/render/dist/email/cli.js' },
];
for (const { needs } of subjects) {
  if (needs && !existsSync(join(root, needs))) throw new Error(`${needs} is missing: run "npm run build:packages" first.`);
}

/** Wall-clock milliseconds of one run, from spawn to exit; a run that fails stops the benchmark. */
function time({ name, args }) {
  const start = process.hrtime.bigint();
  const result = spawnSync(process.execPath, args, { stdio: ['ignore', 'pipe', 'pipe'] });
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  if (result.status !== 0) throw new Error(`${name} exited with ${result.status}: ${result.stderr}`);
  return ms;
}

const median = (xs) => {
  const sorted = [...xs].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};

for (const subject of subjects) time(subject); // warm-up: file system cache, not measured
const samples = subjects.map(() => []);
for (let round = 0; round < rounds; round++) subjects.forEach((subject, i) => samples[i].push(time(subject)));

const baseline = median(samples[0]);
const results = subjects.map(({ name }, i) => ({
  name,
  medianMs: Number(median(samples[i]).toFixed(1)),
  minMs: Number(Math.min(...samples[i]).toFixed(1)),
  maxMs: Number(Math.max(...samples[i]).toFixed(1)),
  ratio: Number((median(samples[i]) / baseline).toFixed(2)),
}));

console.log(`CLI start-up, ${rounds} interleaved rounds on Node ${process.version} (target: --help within 1.5x of node -e 0)`);
console.log('| command | median ms | min ms | max ms | ratio to node -e 0 |');
console.log('| --- | ---: | ---: | ---: | ---: |');
for (const r of results) console.log(`| ${r.name} | ${r.medianMs} | ${r.minMs} | ${r.maxMs} | ${r.ratio}x |`);

const out = join(root, 'dist/bench/cli-startup.json');
mkdirSync(dirname(out), { recursive: true });
writeFileSync(out, `${JSON.stringify({ node: process.version, rounds, results }, null, 2)}\n`);
console.log(`Written to ${out.slice(root.length + 1)}`);
