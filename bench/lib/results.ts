/**
 * bench/results/latest.json: the last figures of every part, with where and on what they were
 * measured. A run of some parts replaces only those parts, so the file always holds the latest
 * measurement of each.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { join } from 'node:path';
import { resultsDir, root } from './paths.js';

export const latestPath = join(resultsDir, 'latest.json');

function git(...args: string[]): string {
  try {
    return execFileSync('git', args, { cwd: root, encoding: 'utf8' }).trim();
  } catch {
    return '';
  }
}

/** The commit measured, and whether the working tree had changes on top of it. */
export function revision() {
  return { commit: git('rev-parse', 'HEAD'), branch: git('rev-parse', '--abbrev-ref', 'HEAD'), changed: git('status', '--porcelain', '--', 'packages', 'bench').length > 0 };
}

export function machine(chromium: string | undefined) {
  return { node: process.version, cpus: cpus().length, cpu: cpus()[0]?.model ?? 'unknown', chromium: chromium ?? 'not started' };
}

export function saveResult(part: string, result: Record<string, unknown>): void {
  mkdirSync(resultsDir, { recursive: true });
  const previous = existsSync(latestPath) ? (JSON.parse(readFileSync(latestPath, 'utf8')) as { parts?: Record<string, unknown> }) : {};
  const parts = { ...previous.parts, [part]: result };
  writeFileSync(latestPath, `${JSON.stringify({ updated: new Date().toISOString(), parts }, null, 2)}\n`);
}
