import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Action, Activity, StatusReport } from '@luton2040/schema';
import { createClient, type LutonClient } from '../client.js';
import { NotFoundError } from '../errors.js';
import { buildFeed, feedRoutes } from '../test-feed.js';
import { startServer, type TestServer } from '../test-server.js';

const citation = { doc: 'test-doc', section: 'Synthetic test data' };

function activity(id: string, extra: Partial<Activity>): Activity {
  return {
    id,
    action: id.split('.').slice(0, 2).join('.'),
    priority: 'skills-growth',
    title: `Synthetic activity ${id} (test data)`,
    timeframe: { text: 'Year 1', years: [1], ongoing: false },
    owners: ['org-a'],
    partners: [],
    outputs: 'Synthetic outputs',
    measureOfSuccess: 'Synthetic measure',
    status: 'not-reported',
    citation,
    ...extra,
  };
}

const activities = [
  activity('1.1.1', { owners: ['org-a'], partners: ['org-b'], timeframe: { text: 'Ongoing', years: [], ongoing: true } }),
  activity('1.1.2', { owners: ['org-b'], status: 'on-track', statusDate: '2023', timeframe: { text: 'Year 2, 3', years: [2, 3], ongoing: false } }),
  activity('3.2.1', { priority: 'inequality-inactivity', owners: ['org-c'], partners: ['org-a'], status: 'delayed', statusDate: '2024-02' }),
];
const actions: Action[] = [
  { id: '1.1', priority: 'skills-growth', title: 'Synthetic action (test data)', activities: ['1.1.2', '1.1.1'], citation },
  { id: '3.2', priority: 'inequality-inactivity', title: 'Synthetic action (test data)', activities: ['3.2.1'], citation },
];
const reports: StatusReport[] = [
  { activity: '3.2.1', status: 'delayed', date: '2024-02', evidence: 'Synthetic evidence', reporter: 'org-c' },
  { activity: '3.2.1', status: 'on-track', date: '2023', evidence: 'Synthetic evidence', reporter: 'org-c' },
  { activity: '1.1.2', status: 'on-track', date: '2023', evidence: 'Synthetic evidence', reporter: 'org-b' },
];

describe('actions and activities', () => {
  let server: TestServer;
  let client: LutonClient;
  before(async () => {
    server = await startServer(feedRoutes(buildFeed({ activities, actions, statusReports: reports })));
    client = createClient({ feedUrl: server.url('/feed/index.json') });
  });
  after(() => server.close());

  const ids = (list: { id: string }[]) => list.map((a) => a.id);

  it('filters activities by priority, owner, partner, organisation, status and plan year', async () => {
    assert.deepEqual(ids(await client.activities.list({ priority: 'skills-growth' })), ['1.1.1', '1.1.2']);
    assert.deepEqual(ids(await client.activities.list({ owner: 'org-b' })), ['1.1.2']);
    assert.deepEqual(ids(await client.activities.list({ partner: 'org-a' })), ['3.2.1']);
    assert.deepEqual(ids(await client.activities.list({ organisation: 'org-a' })), ['1.1.1', '3.2.1']);
    assert.deepEqual(ids(await client.activities.list({ status: 'not-reported' })), ['1.1.1']);
    assert.deepEqual(ids(await client.activities.list({ status: ['on-track', 'delayed'] })), ['1.1.2', '3.2.1']);
    assert.deepEqual(ids(await client.activities.list({ year: 2 })), ['1.1.1', '1.1.2'], 'ongoing activities run every year');
    assert.deepEqual(ids(await client.activities.list({ year: 1, owner: 'org-c' })), ['3.2.1']);
  });

  it('gives an activity’s status history oldest first', async () => {
    const history = await client.activities.statusHistory('3.2.1');
    assert.deepEqual(history.map((r) => [r.date, r.status]), [['2023', 'on-track'], ['2024-02', 'delayed']]);
    assert.deepEqual(await client.activities.statusHistory('1.1.1'), []);
    await assert.rejects(client.activities.statusHistory('9.9.9'), NotFoundError);
  });

  it('lists actions by priority and an action’s activities in the plan’s order', async () => {
    assert.deepEqual(ids(await client.actions.list({ priority: 'inequality-inactivity' })), ['3.2']);
    assert.deepEqual(ids(await client.actions.activities('1.1')), ['1.1.2', '1.1.1']);
    assert.equal((await client.actions.get('3.2')).activities.length, 1);
  });
});
