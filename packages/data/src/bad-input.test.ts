// Each kind of bad input must give its own precise problem (file, line, field, reason), all at
// once, while every valid record is kept.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { before, describe, it } from 'node:test';
import { loadDataset, type LoadResult } from './load.js';
import { appendLines, copyOfDataset, datasetDir, lines, sourcesDir } from './test-fixtures.js';

describe('bad input', () => {
  let dir: string;
  let result: LoadResult;
  let real: LoadResult;
  const at: Record<string, number> = {};

  before(async () => {
    dir = await copyOfDataset();
    const neetQuote = '(from 8 in 2016 to 4% in 2020)';
    at.value = await appendLines(dir, 'observations.csv', [
      `neet-rate,luton,neet-or-unknown-ess,2021,dated,12%,final,,ess,Key Challenge: NEETs and SEND,${neetQuote},,`,
      `no-such-kpi,luton,neet-or-unknown-ess,2021,dated,4,final,,ess,Key Challenge: NEETs and SEND,${neetQuote},,`,
      // A figure of its quote, but a second headline for 2020.
      `neet-rate,luton,neet-or-unknown-ess,2020,dated,8,final,,ess,Key Challenge: NEETs and SEND,${neetQuote},,`,
      'neet-rate,luton,2019,4',
    ]);
    at.activity = await appendLines(dir, 'activities.csv', [
      '4.3.8,4.3,A made-up activity,Year 2,no-such-organisation,employers,Something,Something more,ess-plan,Organisational Acronyms',
      '4.3.9,4.3,Another made-up activity,Year 7,employers,,Something,Something more,ess-plan,Organisational Acronyms',
    ]);
    at.action = await appendLines(dir, 'actions.csv', ['1.1,skills-growth,A second action numbered 1.1,ess-plan,Organisational Acronyms']);
    at.status = await appendLines(dir, 'status-reports.csv', [
      '1.1.1,on-track,2023-02-30,Made-up evidence,An officer,,,',
      '1.1.2,on-track,31/01/2023,Made-up evidence,An officer,,,',
    ]);
    at.kpi = await appendLines(dir, 'kpis.csv', ['made-up-kpi,A made-up KPI,,ess,,skills-growth,up,percent,,,,ess-plan,Our Outcomes – Key Performance Indicators,']);
    // A second file of a table with a column missing: reported once, and the other files still load.
    await writeFile(
      join(dir, 'observations-extra.csv'),
      'kpi,area,definition,period,period_precision,status,note,doc,section,quote\nneet-rate,luton,neet-or-unknown-ess,2021,dated,final,,ess,Key Challenge: NEETs and SEND,\n',
    );
    await writeFile(
      join(dir, 'pledges.csv'),
      'id,organisation_id,organisation_name,organisation_url,partnership_pledges,made_on,review_on,registry_url,status,sample\n' +
        'made-up,made-up-ltd,Made-up Ltd,,pledge-1,2026-01-01,,https://example.org/p/made-up,active,yes\n',
    );
    result = await loadDataset(dir, { sourcesDir });
    real = await loadDataset(datasetDir, { sourcesDir });
  });

  const expected = () => [
    `observations.csv:${at.value}: value: must be a plain number like 4 or 17.5 (no %, £, commas or words) (got "12%")`,
    'observations-extra.csv:1: value: missing column',
    `activities.csv:${at.activity! + 1}: timeframe: must be like "Year 1", "Year 1, 2", "Years 2-4", "Ongoing" or "Year 1 and ongoing" (plan years 1 to 5) (got "Year 7")`,
    `status-reports.csv:${at.status}: date: is not a real calendar date (got "2023-02-30")`,
    `status-reports.csv:${at.status! + 1}: date: must be a date like 2023-04-01, 2023-04 or 2023 (got "31/01/2023")`,
    `kpis.csv:${at.kpi}: direction: must be one of: increase, decrease (got "up")`,
    `actions.csv:${at.action}: id: duplicate "1.1" (first at actions.csv:2)`,
    'pledges.csv:2: sample: sample records belong in the samples folder (examples/sample-data), not the reference dataset',
    `observations.csv:${at.value! + 1}: kpi: unknown KPI id "no-such-kpi"`,
    `activities.csv:${at.activity}: owners: unknown organisation id "no-such-organisation"`,
    `observations.csv:${at.value! + 3}: has 4 cells but the header has 13: check for a missing or extra comma`,
    `activities.csv:${at.activity}: title: not found word for word in document "ess-plan" (as its number, title and timeframe)`,
    `activities.csv:${at.activity}: outputs: not found word for word in document "ess-plan" (as a cell of the plan)`,
  ];

  it('reports every problem at once, each with file, line, field and reason', () => {
    const reported = lines(result.problems);
    for (const line of expected()) assert.ok(reported.includes(line), `expected problem:\n  ${line}\nreported:\n  ${reported.join('\n  ')}`);
  });

  it('reports a non-numeric value', () => assert.ok(lines(result.problems).includes(expected()[0]!)));
  it('reports a missing column', () => assert.ok(lines(result.problems).includes(expected()[1]!)));
  it('reports a timeframe the plan does not use', () => assert.ok(lines(result.problems).includes(expected()[2]!)));
  it('reports a date that does not exist and a date in the wrong format', () => {
    assert.ok(lines(result.problems).includes(expected()[3]!));
    assert.ok(lines(result.problems).includes(expected()[4]!));
  });
  it('reports a wrong direction', () => assert.ok(lines(result.problems).includes(expected()[5]!)));
  it('reports a duplicate id, naming where it was first defined', () => assert.ok(lines(result.problems).includes(expected()[6]!)));
  it('reports a sample record in the reference dataset', () => assert.ok(lines(result.problems).includes(expected()[7]!)));
  it('reports an unknown KPI id', () => assert.ok(lines(result.problems).includes(expected()[8]!)));
  it('reports an unknown organisation id', () => assert.ok(lines(result.problems).includes(expected()[9]!)));
  it('reports a row with too few cells and keeps the rest of the file', () => assert.ok(lines(result.problems).includes(expected()[10]!)));
  it('reports an activity whose words are not the plan\'s', () => {
    assert.ok(lines(result.problems).includes(expected()[11]!));
    assert.ok(lines(result.problems).includes(expected()[12]!));
  });

  it('reports a second headline figure for the same period and leaves it out', () => {
    const line = `observations.csv:${at.value! + 2}: headline: a second headline figure for neet-rate / luton / 2020 (the first is at observations.csv:`;
    assert.ok(lines(result.problems).some((p) => p.startsWith(line)), lines(result.problems).join('\n'));
    const neet = result.dataset.kpis.find((k) => k.id === 'neet-rate')!;
    assert.deepEqual(neet.observations.filter((o) => o.period === '2020').map((o) => o.value), [4]);
  });

  it('reports nothing else', () => {
    assert.equal(result.problems.length, expected().length + 1, lines(result.problems).join('\n'));
  });

  it('leaves the bad records out and keeps every valid one', () => {
    const { dataset } = result;
    assert.equal(dataset.actions.length, real.dataset.actions.length);
    assert.equal(dataset.activities.length, 93);
    assert.equal(dataset.kpis.length, real.dataset.kpis.length);
    assert.ok(!dataset.kpis.some((k) => k.id === 'made-up-kpi'));
    assert.equal(dataset.statusReports.length, real.dataset.statusReports.length);
    assert.equal(dataset.pledges.length, 0);
    const count = (r: LoadResult) => r.dataset.kpis.reduce((n, k) => n + k.observations.length + k.comparators.reduce((m, c) => m + c.observations.length, 0), 0);
    assert.equal(count(result), count(real));
  });

  it('makes validate exit non-zero and print every problem', () => {
    const cli = fileURLToPath(new URL('./cli.ts', import.meta.url));
    const run = spawnSync(process.execPath, ['--import', 'tsx', cli, 'validate', '--data', dir], { encoding: 'utf8' });
    assert.equal(run.status, 1);
    for (const line of expected()) assert.ok(run.stderr.includes(line), line);
    assert.match(run.stderr, new RegExp(`${expected().length + 1} problem\\(s\\) found\\.`));
  });
});
