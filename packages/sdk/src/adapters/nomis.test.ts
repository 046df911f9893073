import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { ConnectionError } from '../errors.js';
import { startServer } from '../test-server.js';
import { fetchNomisSeries, nomisObservations, nomisPeriod, nomisSeries, nomisUrl, type NomisArea } from './nomis.js';

const fixture = (name: string) => readFileSync(new URL(`./fixtures/${name}`, import.meta.url), 'utf8');

// Area records as the feed has them, plus a test group whose members are known.
const areas: NomisArea[] = [
  { id: 'luton', gssCode: 'E06000032', kind: 'local-authority', members: [] },
  { id: 'england', gssCode: 'E92000001', kind: 'country', members: [] },
  { id: 'bedford', gssCode: 'E06000055', kind: 'local-authority', members: [] },
  { id: 'milton-keynes', gssCode: 'E06000042', kind: 'local-authority', members: [] },
  { id: 'test-group', kind: 'group', members: ['bedford', 'milton-keynes'] },
  { id: 'semlep', kind: 'group', members: [] },
  { id: 'national', kind: 'country', members: [] },
];

const find = (result: ReturnType<typeof nomisObservations>, area: string, period: string) =>
  result.observations.find((o) => o.area === area && o.period === period);

describe('NOMIS adapter', () => {
  it('builds NOMIS API CSV addresses with GSS codes', () => {
    const url = nomisUrl(nomisSeries.claimantRate.query, ['E06000032', 'E92000001', 'E06000032']);
    assert.equal(
      url,
      'https://www.nomisweb.co.uk/api/v01/dataset/NM_162_1.data.csv?geography=E06000032,E92000001&date=latest&gender=0&age=0&measure=1,2&measures=20100',
    );
  });

  it('reads NOMIS periods as the feed writes them', () => {
    assert.deepEqual(nomisPeriod('2024-01', 'January 2024'), { period: '2024-01' });
    assert.deepEqual(nomisPeriod('2023-12', 'Jan 2023-Dec 2023'), { period: '2023' });
    assert.deepEqual(nomisPeriod('2022-03', 'Apr 2021-Mar 2022'), { period: '2021/22' });
    assert.deepEqual(nomisPeriod('2023-06', 'Jul 2022-Jun 2023'), { period: '2023-06', note: '12 months Jul 2022-Jun 2023' });
    assert.deepEqual(nomisPeriod('2023', '2023'), { period: '2023' });
  });

  it('gives single areas NOMIS’s published rate and groups summed numerators over summed denominators', () => {
    const result = nomisObservations(
      nomisSeries.claimantRate,
      areas,
      { csv: fixture('synthetic-nomis-claimant.csv'), url: 'https://nomis.example/q', denominatorCsv: fixture('synthetic-nomis-population.csv') },
      { citationDoc: 'nomis' },
    );
    assert.equal(find(result, 'luton', '2024-01')!.value, 5);
    assert.equal(find(result, 'england', '2024-01')!.value, 3);
    const group = find(result, 'test-group', '2024-01')!;
    // (4000 + 6000) / (120000 + 180000) × 100 = 3.33…, not the mean of the members' rates
    assert.equal(group.value, 3.3);
    assert.equal(group.numerator, 10_000);
    assert.equal(group.denominator, 300_000);
    assert.deepEqual(group.citation, { doc: 'nomis', section: `${nomisSeries.claimantRate.title} (NOMIS NM_162_1)`, url: 'https://nomis.example/q' });
    assert.equal(group.status, 'final');
    assert.equal(group.kpi, 'benefit-claimants');
  });

  it('never publishes a group figure with a member missing, and says why areas were skipped', () => {
    const result = nomisObservations(nomisSeries.claimantRate, areas, {
      csv: fixture('synthetic-nomis-claimant.csv'),
      url: 'u',
      denominatorCsv: fixture('synthetic-nomis-population.csv'),
    });
    assert.equal(find(result, 'test-group', '2024-02'), undefined);
    assert.equal(find(result, 'milton-keynes', '2024-02'), undefined, 'suppressed cells are left out');
    assert.deepEqual(
      result.skipped.map((s) => [s.area, s.period, s.reason.split(';')[0]]),
      [
        ['test-group', '2024-02', 'no figure for member(s) E06000042'],
        ['semlep', undefined, 'its member areas (with GSS codes) are not known'],
        ['national', undefined, 'has no GSS code'],
      ],
    );
  });

  it('sums counts for groups, takes members from `groups`, and refuses to combine medians', () => {
    const groups = { semlep: ['E06000055', 'E06000042'] };
    const counts = nomisObservations(nomisSeries.claimantCount, areas, { csv: fixture('synthetic-nomis-claimant.csv'), url: 'u' }, { groups });
    assert.equal(find(counts, 'semlep', '2024-01')!.value, 10_000);
    assert.equal(find(counts, 'luton', '2024-01')!.value, 7_000);
    const medians = nomisObservations(nomisSeries.medianHourlyPay, areas, { csv: '', url: 'u' }, { groups });
    assert.match(medians.skipped.find((s) => s.area === 'semlep')!.reason, /median/);
  });

  it('aggregates APS rates from the numerators and denominators NOMIS publishes with them', () => {
    const result = nomisObservations(nomisSeries.employmentRate, areas, { csv: fixture('synthetic-nomis-aps.csv'), url: 'u' });
    assert.equal(find(result, 'luton', '2023')!.value, 67.9);
    assert.equal(find(result, 'luton', '2023')!.status, 'estimate');
    assert.equal(find(result, 'test-group', '2023')!.value, 75); // 210000 / 280000
    assert.equal(find(result, 'luton', '2023-06')!.note, '12 months Jul 2022-Jun 2023');
    assert.equal(find(result, 'luton', '2021/22')!.value, 65);
  });

  it('fetches the series and its denominator from a NOMIS-compatible server', async () => {
    const server = await startServer({
      '/api/v01/dataset/NM_162_1.data.csv': { body: fixture('synthetic-nomis-claimant.csv'), headers: { 'content-type': 'text/csv' } },
      '/api/v01/dataset/NM_2002_1.data.csv': { body: fixture('synthetic-nomis-population.csv'), headers: { 'content-type': 'text/csv' } },
    });
    try {
      const result = await fetchNomisSeries(nomisSeries.claimantRate, areas, { baseUrl: server.url('/api/v01/dataset') });
      assert.equal(result.urls.length, 2);
      assert.match(result.urls[1]!, /NM_2002_1\.data\.csv\?geography=E06000032,E92000001,E06000055,E06000042&date=latestMINUS5-latest&gender=0&c_age=203/);
      assert.equal(find(result, 'test-group', '2024-01')!.value, 3.3);
      assert.equal(server.log[0]!.headers.accept, 'text/csv');
    } finally {
      await server.close();
    }
  });

  it('fails offline with a ConnectionError that names the NOMIS address it tried', async () => {
    await assert.rejects(fetchNomisSeries(nomisSeries.claimantRate, areas.slice(0, 1), { timeout: 5_000 }), (error) => {
      assert.ok(error instanceof ConnectionError, String(error));
      assert.match(error.message, /^Could not reach NOMIS at https:\/\/www\.nomisweb\.co\.uk\/api\/v01\/dataset\/NM_162_1\.data\.csv\?geography=E06000032/);
      return true;
    });
  });
});
