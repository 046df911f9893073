// Bytes the publisher must refuse rather than publish: text that is not UTF-8, control characters,
// a quote left open, a table with no rows. Each is named at its own file, line and field, and
// stops nothing else.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, it } from 'node:test';
import { loadDataset } from './load.js';
import { copyOfDataset, datasetDir, lines, scratchDir, sourcesDir } from './test-fixtures.js';

const cli = fileURLToPath(new URL('./cli.ts', import.meta.url));
const run = (...args: string[]) => spawnSync(process.execPath, ['--import', 'tsx', cli, ...args], { encoding: 'utf8' });

/** A copy of the dataset with one file's line `line` (1-based) rewritten as bytes by `edit`. */
async function withLine(file: string, line: number, edit: (bytes: Buffer) => Buffer): Promise<string> {
  const dir = await copyOfDataset();
  const path = join(dir, file);
  const all = (await readFile(path)).toString('latin1').split('\n');
  all[line - 1] = edit(Buffer.from(all[line - 1]!, 'latin1')).toString('latin1');
  await writeFile(path, Buffer.from(all.join('\n'), 'latin1'));
  return dir;
}

/** Every string in a loaded dataset, however deep. */
function strings(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (value && typeof value === 'object') return Object.values(value).flatMap(strings);
  return [];
}

describe('publisher input', () => {
  it('refuses a Windows-1252 byte in organisations.csv, naming file, line and field', async () => {
    // Line 3's name gets "Services – Luton" with the en dash as Windows-1252 writes it: the single byte 0x96.
    const dir = await withLine('organisations.csv', 3, (bytes) => {
      const text = bytes.toString('latin1').replace('Education Services', 'Education Services \u0096 Luton');
      return Buffer.from(text, 'latin1');
    });
    const column = (await readFile(join(dir, 'organisations.csv'))).toString('latin1').split('\n')[2]!.indexOf('\u0096') + 1;
    const { dataset, problems } = await loadDataset(dir, { sourcesDir });
    const reported = lines(problems);
    assert.ok(
      reported.includes(`organisations.csv:3: name: is not valid UTF-8 (byte 0x96 at column ${column}): save the file as UTF-8`),
      reported.join('\n'),
    );
    assert.ok(!strings(dataset).some((s) => s.includes('\uFFFD')), 'no replacement character reaches the dataset');
    for (const command of [['validate'], ['build', '--out', await scratchDir()]]) {
      const result = run(...command, '--data', dir);
      assert.equal(result.status, 1, `${command[0]} exits 1`);
      assert.match(result.stderr, /organisations\.csv:3: name: is not valid UTF-8/);
    }
  });

  it('refuses a control character inside a cell: a NUL in a KPI title', async () => {
    const dir = await withLine('kpis.csv', 2, (bytes) => Buffer.from(bytes.toString('latin1').replace('hard to fill', 'hard to\u0000fill'), 'latin1'));
    const title = 'Numbers of hard to\u0000fill vacancies';
    const { dataset, problems } = await loadDataset(dir, { sourcesDir });
    assert.ok(
      lines(problems).includes(`kpis.csv:2: title: contains the control character U+0000 at character ${title.indexOf('\u0000') + 1}: remove it`),
      lines(problems).join('\n'),
    );
    assert.ok(!strings(dataset).some((s) => s.includes('\u0000')), 'no NUL reaches the dataset');
    assert.equal(run('validate', '--data', dir).status, 1);
  });

  it('reports an unclosed quote at the line it opens, and still reads the rest of the file', async () => {
    const dir = await withLine('areas.csv', 3, (bytes) => Buffer.from(bytes.toString('latin1').replace(/^england,England,/, 'england,"England,'), 'latin1'));
    const { dataset, problems } = await loadDataset(dir, { sourcesDir });
    const real = await loadDataset(datasetDir, { sourcesDir });
    const inAreas = problems.filter((p) => p.file === 'areas.csv');
    assert.deepEqual(lines(inAreas), [
      'areas.csv:3: name: opens a quoted cell that is not closed where the cell ends: double a quote inside a cell ("") and end a quoted cell with a quote; this row is left out',
    ]);
    assert.deepEqual(
      dataset.areas.map((a) => a.id),
      real.dataset.areas.map((a) => a.id).filter((id) => id !== 'england'),
      'every other area is read',
    );
    // Only records that name the one lost row are reported besides it, each as what it is.
    const others = problems.filter((p) => p.file !== 'areas.csv');
    assert.ok(others.every((p) => p.message.includes('"england"')), lines(others).join('\n'));
    assert.ok(problems.length <= 3, `${problems.length} problems: ${lines(problems).join('\n')}`);
  });

  it('reports a quote that is never closed at all at the line it opens', async () => {
    const dir = await copyOfDataset();
    const path = join(dir, 'areas.csv');
    const text = await readFile(path, 'utf8');
    const eol = text.includes('\r\n') ? '\r\n' : '\n'; // as the file has them
    const rows = text.trimEnd().split(eol);
    rows.push('made-up,"Made-up area,,country,,,ess,Data Contextualisation,');
    await writeFile(path, `${rows.join(eol)}${eol}`);
    const { problems } = await loadDataset(dir, { sourcesDir });
    assert.deepEqual(lines(problems.filter((p) => p.file === 'areas.csv')), [
      `areas.csv:${rows.length}: name: opens a quoted cell that is never closed: double a quote inside a cell ("") and end a quoted cell with a quote; this row is left out`,
    ]);
  });

  it('names a table that has a header and no rows', async () => {
    const dir = await copyOfDataset();
    const header = (await readFile(join(dir, 'organisations.csv'), 'utf8')).split('\n')[0]!;
    await writeFile(join(dir, 'organisations.csv'), `${header}\n`);
    const { problems } = await loadDataset(dir, { sourcesDir });
    assert.equal(lines(problems)[0], 'organisations.csv: has a header but no rows: the table must not be empty', lines(problems).slice(0, 5).join('\n'));
    assert.equal(run('validate', '--data', dir).status, 1);
  });
});
