import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, it } from 'node:test';
import { importCsv } from './import.js';
import { loadDataset } from './load.js';
import { appendLines, copyOfDataset, lines, scratchDir, sourcesDir } from './test-fixtures.js';

const cli = fileURLToPath(new URL('./cli.ts', import.meta.url));
const runCli = (args: string[]) => spawnSync(process.execPath, ['--import', 'tsx', cli, ...args], { encoding: 'utf8' });

async function incoming(name: string, text: string): Promise<string> {
  const path = join(await scratchDir(), name);
  await writeFile(path, text);
  return path;
}

describe('import status', () => {
  it('appends the good reports, reports each bad row at its line in the incoming file, and keeps the dataset valid', async () => {
    const dir = await copyOfDataset();
    const before = await readFile(join(dir, 'status-reports.csv'), 'utf8');
    const file = await incoming(
      'status-update.csv',
      [
        'activity,status,date,evidence,reporter',
        '1.1.1,on-track,2026-10-15,"Two partnership events held, as planned",Luton Council Economic Growth and Skills',
        '4.9.9,on-track,2026-10-15,Evidence,An officer',
        '1.1.2,on-track,15/10/2026,Evidence,An officer',
        '1.1.3,going-well,2026-10-15,Evidence,An officer',
        '1.6.2,delayed,2026-10,"Fewer employers engaged than hoped; see the board paper",Careers Hub Luton',
      ].join('\n'),
    );
    const result = await importCsv('status', file, dir, { sourcesDir, label: 'status-update.csv' });
    assert.deepEqual(lines(result.problems), [
      'status-update.csv:3: activity: unknown activity id "4.9.9"',
      'status-update.csv:4: date: must be a date like 2023-04-01, 2023-04 or 2023 (got "15/10/2026")',
      'status-update.csv:5: status: must be one of: not-started, in-progress, on-track, at-risk, delayed, complete (got "going-well")',
    ]);
    assert.equal(result.added, 2);
    const after = await readFile(join(dir, 'status-reports.csv'), 'utf8');
    assert.ok(after.startsWith(before), 'existing rows are untouched');
    assert.equal(
      after.slice(before.length),
      '1.1.1,on-track,2026-10-15,"Two partnership events held, as planned",Luton Council Economic Growth and Skills,,,\n' +
        '1.6.2,delayed,2026-10,Fewer employers engaged than hoped; see the board paper,Careers Hub Luton,,,\n',
    );
    const { dataset, problems } = await loadDataset(dir, { sourcesDir });
    assert.deepEqual(lines(problems), []);
    const activity = (id: string) => dataset.activities.find((a) => a.id === id)!;
    assert.deepEqual([activity('1.1.1').status, activity('1.1.1').statusDate], ['on-track', '2026-10-15']);
    assert.deepEqual([activity('1.6.2').status, activity('1.6.2').statusDate], ['delayed', '2026-10']);
  });

  it('publishes the latest report as the status, whatever the order of the rows', async () => {
    const dir = await copyOfDataset();
    await appendLines(dir, 'status-reports.csv', ['2.1.4,on-track,2026-09,Evidence,Careers Hub Luton,,,', '2.1.4,at-risk,2025-01,Older evidence,Careers Hub Luton,,,']);
    const { dataset } = await loadDataset(dir, { sourcesDir });
    const activity = dataset.activities.find((a) => a.id === '2.1.4')!;
    assert.deepEqual([activity.status, activity.statusDate], ['on-track', '2026-09']);
    assert.equal(dataset.statusReports.filter((r) => r.activity === '2.1.4').length, 3);
  });

  it('rejects a file with a missing column, adding nothing, and exits non-zero from the CLI', async () => {
    const dir = await copyOfDataset();
    const before = await readFile(join(dir, 'status-reports.csv'), 'utf8');
    const file = await incoming('no-date.csv', 'activity,status,evidence,reporter\n1.1.1,on-track,Evidence,An officer\n');
    const run = runCli(['import', 'status', file, '--data', dir]);
    assert.equal(run.status, 1);
    assert.match(run.stderr, /no-date\.csv:1: date: missing column/);
    assert.match(run.stdout, /0 row\(s\) added to status-reports\.csv/);
    assert.equal(await readFile(join(dir, 'status-reports.csv'), 'utf8'), before);
  });
});

describe('import observations', () => {
  const header = 'kpi,area,definition,period,period_precision,value,status,note,doc,section,quote,url';
  const release = 'example-release,,"An official statistics release (test)",2026,https://example.org/statistics/neet-2026,';
  // What the release's figures measure, as a test release would say it (no text to quote: it is known by its address).
  const definition = 'neet-release-test,neet-rate,Young people not in education or training or not known (test release),,,,,example-release,Table 1,';

  async function datasetWithRelease(): Promise<string> {
    const dir = await copyOfDataset();
    await appendLines(dir, 'documents.csv', [release]);
    await appendLines(dir, 'definitions.csv', [definition]);
    return dir;
  }

  it('appends the good figures and reports non-numeric values, unknown KPIs and areas, duplicates and headline conflicts', async () => {
    const dir = await datasetWithRelease();
    const existing = (await readFile(join(dir, 'observations.csv'), 'utf8')).split('\n');
    const neet2020 = existing.findIndex((line) => line.startsWith('neet-rate,luton,neet-or-unknown-ess,2020,')) + 1;
    const firstAppended = existing.length; // the file ends with a line break
    const file = await incoming(
      'figures.csv',
      [
        header,
        'neet-rate,luton,neet-release-test,2025,,3.9,provisional,,example-release,Table 1,,https://example.org/statistics/neet-2026#table-1',
        'neet-rate,luton,neet-release-test,2025/26,,4.1%,provisional,,example-release,Table 1,,',
        'neet-rates,luton,neet-release-test,2025,,3.9,provisional,,example-release,Table 1,,',
        'neet-rate,lutn,neet-release-test,2025,,3.9,provisional,,example-release,Table 1,,',
        'neet-rate,luton,neet-release-test,2020,,4.2,final,,example-release,Table 1,,',
        'neet-rate,luton,neet-or-unknown-ess,2020,dated,4,final,,ess,Key Challenge: NEETs and SEND,(from 8 in 2016 to 4% in 2020),',
        'neet-rate,england,neet-release-test,2025,,5.1,provisional,,no-such-document,Table 1,,',
        'neet-rate,luton,neet-release-test,2025,,3.9,provisional,,example-release,Table 1,,',
      ].join('\n'),
    );
    const result = await importCsv('observations', file, dir, { sourcesDir, label: 'figures.csv' });
    const reported = lines(result.problems);
    assert.deepEqual(reported.slice(0, 4), [
      'figures.csv:3: value: must be a plain number like 4 or 17.5 (no %, £, commas or words) (got "4.1%")',
      'figures.csv:4: kpi: unknown KPI id "neet-rates"',
      'figures.csv:5: area: unknown area id "lutn"',
      `figures.csv:6: headline: a second headline figure for neet-rate / luton / 2020 (the first is at observations.csv:${neet2020}): mark alternatives "no"`,
    ]);
    assert.equal(reported[4], `figures.csv:7: kpi: duplicate "neet-rate luton 2020 4 ess" (first at observations.csv:${neet2020})`);
    assert.deepEqual(reported.slice(5), [
      'figures.csv:8: doc: unknown document id "no-such-document"',
      `figures.csv:9: kpi: duplicate "neet-rate luton 2025 3.9 example-release" (first at observations.csv:${firstAppended})`,
    ]);
    assert.equal(result.added, 1);
    const { dataset, problems } = await loadDataset(dir, { sourcesDir });
    assert.deepEqual(lines(problems), []);
    const latest = dataset.kpis.find((k) => k.id === 'neet-rate')!.observations.at(-1)!;
    assert.deepEqual(latest, {
      period: '2025',
      definition: 'neet-release-test',
      value: 3.9,
      status: 'provisional',
      headline: true,
      citation: { doc: 'example-release', section: 'Table 1', url: 'https://example.org/statistics/neet-2026#table-1' },
    });
  });

  it('asks a figure from a strategy document for its quote and for how well its period is known', async () => {
    const dir = await datasetWithRelease();
    const file = await incoming('figures.csv', `${header}\nneet-rate,luton,neet-or-unknown-ess,2021,,3,final,,ess,Key Challenge: NEETs and SEND,,\n`);
    const result = await importCsv('observations', file, dir, { sourcesDir, label: 'figures.csv' });
    assert.deepEqual(lines(result.problems), [
      'figures.csv:2: quote: must be given: the passage of document "ess" that states the figure',
      'figures.csv:2: period_precision: must be dated (the passage says which period the figure is for) or publication-year (it does not, and period is the year the document was published)',
    ]);
    assert.equal(result.added, 0);
  });

  it('exits 0 from the CLI when every row is good', async () => {
    const dir = await datasetWithRelease();
    const file = await incoming('good.csv', `${header}\nneet-rate,luton,neet-release-test,2025,,3.9,provisional,,example-release,Table 1,,\n`);
    const run = runCli(['import', 'observations', file, '--data', dir]);
    assert.equal(run.status, 0, run.stderr);
    assert.match(run.stdout, /1 row\(s\) added to observations\.csv/);
    assert.equal(runCli(['validate', '--data', dir]).status, 0);
  });
});
