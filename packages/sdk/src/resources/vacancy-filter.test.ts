import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Vacancy } from '@luton2040/schema';
import { matchesVacancy, newestPostedFirst } from './vacancy-filter.js';

/** A vacancy (synthetic test data). */
const vacancy = (id: string, extra: Partial<Vacancy> = {}): Vacancy => ({
  id,
  title: `Synthetic vacancy ${id} (test data)`,
  employer: { name: 'Synthetic employer' },
  location: { locality: 'Luton' },
  employmentType: ['FULL_TIME'],
  datePosted: '2026-05-01',
  url: `https://jobs.example/${id}`,
  sample: true,
  ...extra,
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
