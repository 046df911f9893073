import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { ConnectionError } from '../errors.js';
import { startServer } from '../test-server.js';
import { extractJobPostings, fetchJobPostings, guessSector, htmlToText, vacanciesFromJobPostings } from './job-posting.js';

const fixture = (name: string) => readFileSync(new URL(`./fixtures/${name}`, import.meta.url), 'utf8');
const today = '2026-06-01';

describe('JobPosting adapter', () => {
  it('finds every JobPosting in a careers page’s JSON-LD, and says which blocks were unreadable', () => {
    const { postings, dropped } = extractJobPostings(fixture('synthetic-careers-page.html'));
    assert.equal(postings.length, 5);
    assert.deepEqual(dropped, [{ reason: 'a JSON-LD block is not valid JSON' }]);
  });

  it('makes validated vacancies: de-duplicated, expired dropped, salary, sector and contract mapped', () => {
    const { postings } = extractJobPostings(fixture('synthetic-careers-page.html'));
    const { vacancies, dropped } = vacanciesFromJobPostings(postings, { today, pageUrl: 'https://airport.example/careers' });
    assert.deepEqual(
      vacancies.map((v) => v.id),
      ['synthetic-airport-services-sas-101', 'synthetic-airport-services-sas-103'],
    );
    const apprentice = vacancies[0]!;
    assert.equal(apprentice.datePosted, '2026-05-20', 'the most recent posting of a job wins');
    assert.equal(apprentice.validThrough, '2026-08-31');
    assert.deepEqual(apprentice.employmentType, ['FULL_TIME', 'APPRENTICESHIP']);
    assert.equal(apprentice.sector, 'aerospace-aviation');
    assert.equal(apprentice.sample, false);
    const developer = vacancies[1]!;
    assert.deepEqual(developer.location, { locality: 'Remote' });
    assert.deepEqual(developer.salary, { min: 19.5, unit: 'HOUR', currency: 'GBP' });
    assert.equal(developer.sector, 'ict');
    assert.equal(developer.url, 'https://airport.example/careers', 'a posting without a url links to its page');
    assert.deepEqual(
      dropped.map((d) => [d.posting, d.reason]),
      [
        ['Customer Service Agent', 'expired on 2026-05-15'],
        ['Aircraft Maintenance Apprentice', 'duplicate of synthetic-airport-services-sas-101'],
        ['Posting with no place', 'not a valid vacancy'],
      ],
    );
    assert.equal(dropped[2]!.problems![0]!.path, 'location');
  });

  it('reads a JSON feed (an ItemList) and merges postings of the same job', () => {
    const { postings } = extractJobPostings(JSON.parse(fixture('synthetic-jobs-feed.json')));
    const { vacancies } = vacanciesFromJobPostings(postings, { today, sample: true });
    assert.equal(vacancies.length, 1);
    const care = vacancies[0]!;
    assert.equal(care.sector, 'health-social-care');
    assert.deepEqual(care.location, { locality: 'Luton', postalCode: 'LU1 1AA' });
    assert.equal(care.sample, true);
  });

  it('turns HTML descriptions into text and guesses sectors by keyword', () => {
    assert.equal(htmlToText('<p>Learn &amp; earn</p><ul><li>Level&nbsp;3</li></ul>'), 'Learn & earn\nLevel 3');
    assert.equal(guessSector({ title: 'Solar PV installer' }), 'green-economy');
    assert.equal(guessSector({ title: 'Shop assistant' }), undefined);
  });

  it('fetches a careers page over HTTP', async () => {
    const server = await startServer({ '/careers': { body: fixture('synthetic-careers-page.html'), headers: { 'content-type': 'text/html' } } });
    try {
      const result = await fetchJobPostings(server.url('/careers'), { today });
      assert.equal(result.vacancies.length, 2);
      assert.equal(result.dropped.length, 4);
    } finally {
      await server.close();
    }
  });

  it('fails offline with a ConnectionError naming the page it tried', async () => {
    await assert.rejects(fetchJobPostings('http://127.0.0.1:9/careers', { timeout: 5_000 }), (error) => {
      assert.ok(error instanceof ConnectionError);
      assert.match(error.message, /^Could not reach the careers page at http:\/\/127\.0\.0\.1:9\/careers/);
      return true;
    });
  });
});
