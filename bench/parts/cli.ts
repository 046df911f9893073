/**
 * How fast the two command-line tools start: `--help` of `luton2040-email` and `luton2040-feed`
 * against an empty Node process. When bench/cli-startup.mjs is there (the CLIs' own startup
 * benchmark) the suite runs it and keeps what it prints; otherwise it times the three commands
 * itself, interleaved.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { ms, ratio, spread } from '../lib/format.js';
import { benchDir, binOf, root } from '../lib/paths.js';
import { interleave, summariseField } from '../lib/stats.js';
import type { Part } from './part.js';

const own = join(benchDir, 'cli-startup.mjs');

function time(args: string[]): number {
  const start = performance.now();
  const result = spawnSync(process.execPath, args, { cwd: root, stdio: 'ignore' });
  const elapsed = performance.now() - start;
  if (result.status !== 0) throw new Error(`node ${args.join(' ')} exited ${result.status ?? result.signal}`);
  return elapsed;
}

export const cliPart: Part = {
  name: 'cli',
  title: 'CLI startup: --help of luton2040-email and luton2040-feed against node -e 0',
  nodeOnly: true,
  async run(ctx) {
    if (existsSync(own)) {
      const result = spawnSync(process.execPath, [own], { cwd: root, encoding: 'utf8' });
      if (result.status !== 0) throw new Error(`bench/cli-startup.mjs exited ${result.status ?? result.signal}: ${result.stderr}`);
      const output = result.stdout.trimEnd();
      return { figures: [], notes: ['Measured by bench/cli-startup.mjs:', ...output.split('\n')], data: { script: 'bench/cli-startup.mjs', output } };
    }
    const commands = {
      'node -e 0': ['-e', '0'],
      'luton2040-email --help': [binOf('render', 'luton2040-email'), '--help'],
      'luton2040-feed --help': [binOf('data', 'luton2040-feed'), '--help'],
    };
    type Command = keyof typeof commands;
    const runs = ctx.runs(10);
    const results = await interleave(Object.keys(commands) as Command[], runs, async (c) => time(commands[c]));
    const timing = summariseField(results, (t) => t);
    const node = timing['node -e 0'];
    return {
      figures: (['luton2040-email --help', 'luton2040-feed --help'] as const).map((c) => ({
        figure: c,
        project: spread(timing[c], ms),
        against: `node -e 0 ${spread(node, ms)}`,
        ratio: ratio(timing[c].median, node.median),
        goal: '<= 1.5x node -e 0',
      })),
      notes: [`Wall time of each process from spawn to exit, medians of ${runs} interleaved runs (${process.version}).`],
      data: { runs, results },
    };
  },
};
