import assert from 'node:assert/strict';
import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { loadDataset } from './load.js';
import { refreshJobPostings, refreshNomis } from './refresh.js';

const here = fileURLToPath(new URL('.', import.meta.url));
const datasetDir = join(here, '../dataset');
const sourcesDir = join(here, '../sources');
// The SDK's adapter fixtures: synthetic test data in the sources' documented formats.
const fixtures = join(here, '../../sdk/src/adapters/fixtures');

let server: Server;
let base: string;
const requests: string[] = [];

before(async () => {
  server = createServer((req, res) => {
    requests.push(req.url ?? '');
    const path = new URL(req.url ?? '/', 'http://x').pathname;
    if (path.endsWith('/NM_162_1.data.csv')) return res.end(readFileSync(join(fixtures, 'synthetic-nomis-claimant.csv')));
    if (path === '/careers') return res.end(readFileSync(join(fixtures, 'synthetic-careers-page.html')));
    res.writeHead(404).end();
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
after(() => server.close());

function scratchDataset(): string {
  const dir = mkdtempSync(join(tmpdir(), 'refresh-'));
  cpSync(datasetDir, dir, { recursive: true });
  return dir;
}

describe('luton2040-feed refresh', () => {
  it('writes NOMIS figures for Luton and its comparators, cited to the query, and the dataset still validates', async () => {
    const dir = scratchDataset();
    try {
      const report = await refreshNomis(dir, { series: ['claimantRate'], baseUrl: `${base}/api/v01/dataset` });
      assert.ok(report.written > 0);
      assert.match(requests.at(-1)!, /geography=E06000032(,|%2C)/, 'asked for Luton by its GSS code first');
      const csv = readFileSync(report.file, 'utf8');
      assert.match(csv, /^kpi,area,definition,period,period_precision,value,status,note,doc,section,quote,headline,url\n/);
      assert.match(csv, /\nbenefit-claimants,luton,nomis-claimant-rate,2024-01,,5,final,,nomis,Claimant count: claimants as a proportion of residents aged 16-64,,yes,"http:\/\/127\.0\.0\.1:\d+\/api\/v01\/dataset\/NM_162_1\.data\.csv\?geography=/);
      const { dataset, problems } = await loadDataset(dir, { sourcesDir });
      assert.deepEqual(problems, []);
      const luton = dataset.kpis.find((k) => k.id === 'benefit-claimants')!.observations;
      // The fixture's Luton rows for claimants as a proportion of residents (MEASURE 2).
      assert.deepEqual(luton.map((o) => [o.period, o.value, o.citation.doc]), [['2024-01', 5, 'nomis'], ['2024-02', 5.1, 'nomis']]);
      assert.ok(readFileSync(join(dir, 'documents.csv'), 'utf8').includes('\nnomis,,'), 'the NOMIS source is listed with its address');
      const claimants = dataset.kpis.find((k) => k.id === 'benefit-claimants')!;
      assert.deepEqual(claimants.definitions?.map((d) => [d.id, d.label]), [['nomis-claimant-rate', 'Claimant count: claimants as a proportion of residents aged 16-64']]);
      assert.ok(claimants.observations.every((o) => o.definition === 'nomis-claimant-rate' && o.periodPrecision === undefined), 'NOMIS figures are dated');

      const again = await refreshNomis(dir, { series: ['claimantRate'], baseUrl: `${base}/api/v01/dataset` });
      assert.equal(readFileSync(again.file, 'utf8'), csv, 'a second refresh replaces the first, it never duplicates');
      const definitionRows = readFileSync(join(dir, 'definitions.csv'), 'utf8').split('\n').filter((line) => line.startsWith('nomis-claimant-rate,'));
      assert.equal(definitionRows.length, 1, 'nor does it repeat the definition');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('leaves out a series whose KPI the dataset lacks, and says so', async () => {
    const dir = scratchDataset();
    try {
      const report = await refreshNomis(dir, { series: ['claimantCount'], baseUrl: `${base}/api/v01/dataset` });
      assert.equal(report.written, 0);
      assert.match(report.notes[0]!, /no KPI "claimant-count"/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('writes a partner page\'s open JobPostings as vacancies the dataset accepts', async () => {
    const dir = scratchDataset();
    try {
      // Synthetic postings, written only into this throwaway copy of the dataset.
      const report = await refreshJobPostings(dir, { url: `${base}/careers`, today: '2026-01-01' });
      assert.ok(report.written > 0);
      assert.match(report.file, /vacancies-127-0-0-1\.csv$/);
      const { dataset, problems } = await loadDataset(dir, { sourcesDir });
      assert.deepEqual(problems, []);
      assert.equal(dataset.vacancies.length, report.written);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('fails with a clear message when the source cannot be reached', async () => {
    const dir = scratchDataset();
    try {
      await assert.rejects(refreshNomis(dir, { series: ['claimantRate'], baseUrl: 'http://127.0.0.1:9/api/v01/dataset' }), /Could not reach NOMIS at http:\/\/127\.0\.0\.1:9\//);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
