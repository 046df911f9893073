/**
 * A part measured by a script of its own (e.g. bench/integrity.mjs): the suite runs it and keeps
 * what it prints, so that every figure of the project still comes out of one `npm run bench`.
 */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { benchDir, root } from '../lib/paths.js';
import type { Part } from './part.js';

export function scriptPart(name: string, title: string, file: string, options: { nodeOnly?: boolean; args?: string[] } = {}): Part {
  const { args = [], ...kind } = options;
  return {
    name,
    title,
    ...kind,
    async run() {
      const result = spawnSync(process.execPath, [join(benchDir, file), ...args], { cwd: root, encoding: 'utf8' });
      if (result.status !== 0) throw new Error(`bench/${file} exited ${result.status ?? result.signal}: ${result.stderr}`);
      const output = result.stdout.trimEnd();
      return { figures: [], notes: [`Measured by bench/${file}:`, ...output.split('\n')], data: { script: `bench/${file}`, output } };
    },
  };
}
