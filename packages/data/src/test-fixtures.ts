// Shared by the data package's tests: where the real dataset lives, and scratch copies of it to break.
import { appendFile, cp, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { formatProblem, type DatasetProblem } from './problems.js';

export const datasetDir = fileURLToPath(new URL('../dataset/', import.meta.url));
export const sourcesDir = fileURLToPath(new URL('../sources/', import.meta.url));
export const samplesDir = fileURLToPath(new URL('../../../examples/sample-data/', import.meta.url));

/** A fresh temporary folder. */
export const scratchDir = (prefix = 'luton2040-test-') => mkdtemp(join(tmpdir(), prefix));

/** A scratch copy of the real dataset, safe to break. */
export async function copyOfDataset(): Promise<string> {
  const dir = await scratchDir();
  await cp(datasetDir, dir, { recursive: true });
  return dir;
}

/** Appends CSV lines to a dataset file, returning the line number the first one gets. */
export async function appendLines(dir: string, file: string, lines: readonly string[]): Promise<number> {
  const path = join(dir, file);
  const text = await readFile(path, 'utf8');
  const body = text.endsWith('\n') ? text : `${text}\n`;
  await writeFile(path, body);
  await appendFile(path, `${lines.join('\n')}\n`);
  return body.split('\n').length;
}

/** Problems as the CLI prints them, for readable assertions. */
export const lines = (problems: readonly DatasetProblem[]) => problems.map(formatProblem);
