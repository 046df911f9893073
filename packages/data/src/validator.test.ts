// `validate` must catch a figure, a direction or an activity changed in the CSV while its citation
// was left as it was: the three slips that a quote check alone lets through.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { before, describe, it } from 'node:test';
import { parse } from 'csv-parse/sync';
import { valueNotInPassage } from './checks/quote-figures.js';
import { copyOfDataset } from './test-fixtures.js';

const cli = fileURLToPath(new URL('./cli.ts', import.meta.url));

/** Changes one cell of the first row matching `where`, returning the row's line (the header is line 1). */
async function changeCell(dir: string, file: string, where: (row: Record<string, string>) => boolean, column: string, to: (cell: string) => string): Promise<number> {
  const path = join(dir, file);
  const text = await readFile(path, 'utf8');
  const rows = parse(text, { columns: true }) as Record<string, string>[];
  const index = rows.findIndex(where);
  assert.ok(index >= 0, `${file} has the row to change`);
  const lines = text.split('\n');
  const line = lines[index + 1]!;
  const cell = rows[index]![column]!;
  const changed = to(cell);
  assert.notEqual(changed, cell);
  // The row's cells are plain (no quoting) where these tests change them, so the first exact match is the cell.
  const cells = line.split(',');
  const at = cells.indexOf(cell);
  assert.ok(at >= 0, `${file}:${index + 2} holds "${cell}" as a plain cell`);
  cells[at] = changed;
  lines[index + 1] = cells.join(',');
  await writeFile(path, lines.join('\n'));
  return index + 2;
}

describe('luton2040-feed validate catches a changed figure, direction or activity', () => {
  let stderr: string;
  let status: number | null;
  const at: Record<string, number> = {};

  before(async () => {
    const dir = await copyOfDataset();
    at.value = await changeCell(dir, 'observations.csv', (r) => r.kpi === 'neet-rate' && r.period === '2020', 'value', () => '5');
    at.direction = await changeCell(dir, 'kpis.csv', (r) => r.id === 'neet-rate', 'direction', (d) => (d === 'decrease' ? 'increase' : 'decrease'));
    at.title = await changeCell(dir, 'activities.csv', (r) => r.id === '1.1.4', 'title', (t) => t.replace('bi-annual', 'annual'));
    const run = spawnSync(process.execPath, ['--import', 'tsx', cli, 'validate', '--data', dir], { encoding: 'utf8' });
    ({ stderr, status } = run);
  });

  it('exits 1 and prints each problem as file:line: field: message, and nothing else', () => {
    assert.equal(status, 1);
    assert.deepEqual(stderr.trim().split('\n'), [
      `kpis.csv:${at.direction}: direction: is "increase" but the measure says "Decrease ▼"`,
      `observations.csv:${at.value}: value: 5 is not a figure of the quote (it gives 8, 2016, 4, 2020)`,
      `activities.csv:${at.title}: title: not found word for word in document "ess-plan" (as its number, title and timeframe)`,
      '3 problem(s) found.',
    ]);
  });
});

describe('the figures a quote states', () => {
  // Each passage is from the reference dataset's quotes, with the figure recorded for it.
  const stated: [string, number][] = [
    ['(from 8 in 2016 to 4% in 2020)', 4],
    ['The town is home to a growing employment base (92,000 jobs)', 92000],
    ['jobs in Luton are more productive than many comparator areas (£61k per FTE)', 61000],
    ['one in ten working age adults in Luton having no formal qualifications', 10],
    ['(1 in 8) 12.9% of working age residents in Luton have no formal qualifications', 12.9],
    ['A quarter of Luton’s working age population were economically inactive last year', 25],
    ['More than two-thirds of employers in Luton had skills gaps', 66.7],
    ['In 2019, Luton had four areas within the 10% most deprived areas in the country', 4],
    ['the 8th highest claimant counts for cities and large towns in the UK', 8],
    ['Although one … in four businesses in Luton reported having hard-to-fill', 25],
  ];
  for (const [passage, value] of stated) it(`finds ${value} in "${passage}"`, () => assert.equal(valueNotInPassage(value, passage), undefined));

  it('does not find a figure the passage does not state', () => {
    assert.equal(valueNotInPassage(5, '(from 8 in 2016 to 4% in 2020)'), '5 is not a figure of the quote (it gives 8, 2016, 4, 2020)');
    assert.equal(valueNotInPassage(12.5, 'one in ten working age adults'), '12.5 is not a figure of the quote (it gives 10, 1)');
    assert.equal(valueNotInPassage(3, 'Higher Education participation is close to the national average'), '3 is not in the quote, which states no figure');
  });
});
