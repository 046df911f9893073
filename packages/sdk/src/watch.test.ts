import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Manifest } from '@luton2040/schema';
import { createClient } from './client.js';
import { buildFeed, documents, feedRoutes, kpi } from './test-feed.js';
import { startServer, type Route } from './test-server.js';
import type { FeedChange, Visibility } from './watch.js';

const INDEX = '/feed/index.json';

/** Resolves when `condition` holds; fails after two seconds. */
async function until(condition: () => boolean, what = 'condition'): Promise<void> {
  for (let i = 0; i < 400; i++) {
    if (condition()) return;
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
  throw new Error(`timed out waiting for ${what}`);
}

/** A clock whose sleeps last until the test releases them, one by one. */
function steppedClock() {
  const pending: (() => void)[] = [];
  const clock = {
    sleeps: [] as number[],
    now: () => Date.parse('2026-06-01T12:00:00Z'),
    random: () => 0.5,
    sleep(ms: number, signal?: AbortSignal) {
      clock.sleeps.push(ms);
      return new Promise<void>((resolve, reject) => {
        pending.push(resolve);
        signal?.addEventListener('abort', () => (pending.splice(pending.indexOf(resolve), 1), reject(signal.reason)), { once: true });
      });
    },
    /** Ends the next sleep (waiting for the poller to start one). */
    async step() {
      await until(() => pending.length > 0, 'the poller to sleep');
      pending.shift()!();
    },
    get sleeping() {
      return pending.length;
    },
  };
  return clock;
}

/** A manifest route whose content the test switches, with ETags so that unchanged polls cost a 304. */
function switchable(first: Manifest) {
  const state = { manifest: first, etag: '"1"', status: 200 };
  const route: Route = ({ headers }) =>
    state.status !== 200
      ? { status: state.status }
      : headers['if-none-match'] === state.etag
        ? { status: 304, headers: { etag: state.etag } }
        : { body: state.manifest, headers: { etag: state.etag } };
  return {
    route,
    publish(manifest: Manifest, etag: string) {
      Object.assign(state, { manifest, etag });
    },
    fail(status: number) {
      state.status = status;
    },
  };
}

const v1 = buildFeed({ kpis: [kpi('a', [10, 8])], documents }, 'v1');
const v2 = buildFeed({ kpis: [kpi('a', [10, 5])], documents }, 'v2');

describe('watch', () => {
  it('notifies only when a resource hash changes, polling with the manifest ETag', async () => {
    const feed = switchable(v1.manifest);
    const server = await startServer({ ...feedRoutes(v1), ...feedRoutes(v2), [INDEX]: feed.route });
    const clock = steppedClock();
    const client = createClient({ feedUrl: server.url(INDEX), clock, retry: false });
    const changes: FeedChange[] = [];
    const stop = client.watch((change) => changes.push(change), { interval: 1_000 });
    try {
      await clock.step(); // first poll: unchanged
      await until(() => server.hits(INDEX) === 2, 'the first poll');
      await clock.step(); // second poll: unchanged again
      await until(() => server.hits(INDEX) === 3, 'the second poll');
      assert.equal(server.log.at(-1)!.headers['if-none-match'], '"1"');
      assert.equal(changes.length, 0);

      feed.publish({ ...v1.manifest, version: 'v1-rebuilt' }, '"1b"'); // new version, same files
      await clock.step();
      await until(() => server.hits(INDEX) === 4, 'the third poll');
      await clock.step(); // the poller sleeps again only once it has handled the answer
      assert.equal(changes.length, 0, 'no resource changed');

      feed.publish(v2.manifest, '"2"');
      await until(() => server.hits(INDEX) === 5, 'the fourth poll');
      await until(() => changes.length === 1, 'the change');
      assert.deepEqual(changes[0]!.changed, ['kpis']);
      assert.equal(changes[0]!.manifest.version, 'v2');
      assert.equal(changes[0]!.previous.version, 'v1-rebuilt');
      assert.equal((await client.kpis.get('a')).observations.at(-1)!.value, 5, 'reads after a change see the new snapshot');
      assert.deepEqual(clock.sleeps.slice(0, 4), [1_000, 1_000, 1_000, 1_000]);
    } finally {
      stop();
      await server.close();
    }
  });

  it('backs off while polls fail, up to maxInterval, and reports each failure', async () => {
    const feed = switchable(v1.manifest);
    const server = await startServer({ ...feedRoutes(v1), [INDEX]: feed.route });
    const clock = steppedClock();
    const client = createClient({ feedUrl: server.url(INDEX), clock, retry: false });
    const errors: unknown[] = [];
    const stop = client.watch(() => {}, { interval: 1_000, maxInterval: 5_000, onError: (e) => errors.push(e) });
    try {
      await until(() => server.hits(INDEX) === 1, 'the baseline');
      feed.fail(503);
      for (let poll = 2; poll <= 5; poll++) {
        await clock.step();
        await until(() => server.hits(INDEX) === poll, `poll ${poll}`);
      }
      await until(() => clock.sleeps.length === 5, 'the fifth sleep');
      assert.deepEqual(clock.sleeps, [1_000, 2_000, 4_000, 5_000, 5_000]);
      assert.equal(errors.length, 4);
      feed.fail(200);
      await clock.step();
      await until(() => clock.sleeps.length === 6, 'the sleep after a success');
      assert.equal(clock.sleeps.at(-1), 1_000, 'a success resets the interval');
    } finally {
      stop();
      await server.close();
    }
  });

  it('pauses while the page is hidden and polls when it is shown again', async () => {
    const server = await startServer(feedRoutes(v1));
    const clock = steppedClock();
    let hidden = true;
    const listeners = new Set<() => void>();
    const visibility: Visibility = {
      hidden: () => hidden,
      onChange: (listener) => (listeners.add(listener), () => listeners.delete(listener)),
    };
    const client = createClient({ feedUrl: server.url(INDEX), clock });
    const stop = client.watch(() => {}, { interval: 1_000, visibility });
    try {
      await until(() => server.hits(INDEX) === 1, 'the baseline');
      await clock.step();
      await until(() => listeners.size === 1, 'the poller to wait for visibility');
      await new Promise((resolve) => setTimeout(resolve, 30));
      assert.equal(server.hits(INDEX), 1, 'no poll while hidden');
      assert.equal(clock.sleeping, 0, 'not even a timer');
      hidden = false;
      for (const listener of listeners) listener();
      await until(() => server.hits(INDEX) === 2, 'the poll on showing');
    } finally {
      stop();
      await server.close();
    }
  });

  it('shares one poller among watchers and stops it when the last unsubscribes', async () => {
    const server = await startServer(feedRoutes(v1));
    const clock = steppedClock();
    const client = createClient({ feedUrl: server.url(INDEX), clock });
    const stops = Array.from({ length: 10 }, () => client.watch(() => {}, { interval: 1_000 }));
    try {
      await clock.step();
      await until(() => server.hits(INDEX) === 2, 'one poll');
      await until(() => clock.sleeping === 1, 'the next sleep');
      assert.equal(server.hits(INDEX), 2, 'ten watchers, one request per poll');
      for (const stop of stops) stop();
      await until(() => clock.sleeping === 0, 'the poller to stop');
      await new Promise((resolve) => setTimeout(resolve, 20));
      assert.equal(server.hits(INDEX), 2);
    } finally {
      await server.close();
    }
  });

  it('subscribe hands over the new records of the one resource it follows', async () => {
    const feed = switchable(v1.manifest);
    const server = await startServer({ ...feedRoutes(v1), ...feedRoutes(v2), [INDEX]: feed.route });
    const clock = steppedClock();
    const client = createClient({ feedUrl: server.url(INDEX), clock });
    const kpis: number[] = [];
    const docs: number[] = [];
    const stops = [
      client.subscribe('kpis', (result) => kpis.push(result.data[0]!.observations.at(-1)!.value), { interval: 1_000 }),
      client.subscribe('documents', (result) => docs.push(result.data.length), { interval: 1_000 }),
    ];
    try {
      await until(() => server.hits(INDEX) === 1, 'the baseline');
      feed.publish(v2.manifest, '"2"');
      await clock.step();
      await until(() => kpis.length === 1, 'the kpis listener');
      assert.deepEqual(kpis, [5]);
      assert.deepEqual(docs, [], 'documents did not change');
    } finally {
      for (const stop of stops) stop();
      await server.close();
    }
  });
});
