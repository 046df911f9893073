import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Vacancy } from '@luton2040/schema';
import { createClient, type LutonClient } from '../client.js';
import { buildFeed, feedRoutes, testClock } from '../test-feed.js';
import { startServer, type TestServer } from '../test-server.js';
import { matchesVacancy, newestPostedFirst } from './vacancy-filter.js';

function vacancy(id: string, extra: Partial<Vacancy> = {}): Vacancy {
  return {
    id,
    title: `Synthetic vacancy ${id} (test data)`,
    employer: { name: 'Synthetic employer' },
    location: { locality: 'Luton' },
    employmentType: ['FULL_TIME'],
    datePosted: '2026-05-01',
    url: `https://jobs.example/${id}`,
    sample: true,
    ...extra,
  };
}

const vacancies = [
  vacancy('care', { sector: 'health-social-care', employmentType: ['PART_TIME'], validThrough: '2026-06-30', datePosted: '2026-05-20' }),
  vacancy('airside', { sector: 'aerospace-aviation', validThrough: '2026-07-31' }),
  vacancy('apprentice', { sector: 'aerospace-aviation', employmentType: ['FULL_TIME', 'APPRENTICESHIP'], datePosted: '2026-05-10' }),
  vacancy('closed', { sector: 'ict', validThrough: '2026-05-15' }),
];

describe('vacancies', () => {
  let server: TestServer;
  let client: LutonClient;
  before(async () => {
    server = await startServer(feedRoutes(buildFeed({ vacancies })));
    client = createClient({ feedUrl: server.url('/feed/index.json'), clock: testClock(Date.parse('2026-06-01T09:00:00Z')) });
  });
  after(() => server.close());

  const ids = (list: Vacancy[]) => list.map((v) => v.id);

  it('lists open vacancies newest first, leaving out the closed', async () => {
    assert.deepEqual(ids(await client.vacancies.list()), ['care', 'apprentice', 'airside']);
    assert.deepEqual(ids(await client.vacancies.list({ includeExpired: true })), ['care', 'apprentice', 'airside', 'closed']);
  });

  it('filters by sector, contract and closing date', async () => {
    assert.deepEqual(ids(await client.vacancies.list({ sector: 'aerospace-aviation' })), ['apprentice', 'airside']);
    assert.deepEqual(ids(await client.vacancies.list({ contract: 'APPRENTICESHIP' })), ['apprentice']);
    assert.deepEqual(ids(await client.vacancies.list({ contract: ['PART_TIME', 'APPRENTICESHIP'] })), ['care', 'apprentice']);
    assert.deepEqual(ids(await client.vacancies.list({ closingBefore: '2026-07-01' })), ['care']);
    assert.deepEqual(ids(await client.vacancies.list({ closingAfter: '2026-07-01' })), ['apprentice', 'airside']);
  });
});

describe('newestPostedFirst', () => {
  it('sorts by posting date, newest first, and by id when two were posted the same day', () => {
    const list = [vacancy('b'), vacancy('old', { datePosted: '2026-04-01' }), vacancy('a'), vacancy('new', { datePosted: '2026-05-20' })];
    assert.deepEqual(list.sort(newestPostedFirst).map((v) => v.id), ['new', 'a', 'b', 'old']);
  });
});

describe('matchesVacancy', () => {
  it('keeps a vacancy open on its closing day and drops it the day after', () => {
    const closing = vacancy('closing', { validThrough: '2026-06-30' });
    assert.equal(matchesVacancy(closing, {}, '2026-06-30'), true);
    assert.equal(matchesVacancy(closing, {}, '2026-07-01'), false);
    assert.equal(matchesVacancy(vacancy('open-ended'), {}, '2099-01-01'), true, 'no closing date: open');
  });
});

describe('vacancies.livingWage', () => {
  // Synthetic test rate, announced 2025-10-01: usable until 2026-11-01.
  const livingWageRates = [{ announced: '2025-10-01', ukOutsideLondon: 12, citation: { doc: 'test-doc', section: 'Synthetic test data' } }];
  let server: TestServer;
  let bare: TestServer;
  before(async () => {
    server = await startServer(feedRoutes(buildFeed({ vacancies, livingWageRates })));
    bare = await startServer(feedRoutes(buildFeed({ vacancies })));
  });
  after(() => Promise.all([server.close(), bare.close()]));

  it("judges the rates on the client's clock", async () => {
    const at = (day: string) => createClient({ feedUrl: server.url('/feed/index.json'), clock: testClock(Date.parse(`${day}T09:00:00Z`)) });
    assert.equal((await at('2026-11-01').vacancies.livingWage()).state, 'current');
    const late = await at('2026-11-02').vacancies.livingWage();
    assert.deepEqual([late.state, late.checkedOn, late.usableUntil], ['out-of-date', '2026-11-02', '2026-11-01']);
  });

  it('says the rates are missing from a feed that does not publish them', async () => {
    const client = createClient({ feedUrl: bare.url('/feed/index.json'), clock: testClock() });
    assert.equal((await client.vacancies.livingWage()).state, 'missing');
  });
});
