// Live updates must never turn a failure into an unhandled rejection (which ends a Node process by
// default), nor leak a listener per poll.
import assert from 'node:assert/strict';
import { getEventListeners } from 'node:events';
import { afterEach, beforeEach, describe, it } from 'node:test';
import { createClient } from './client.js';
import { HttpError } from './errors.js';
import { defaultSleep } from './options.js';
import { buildFeed, documents, feedRoutes, kpi } from './test-feed.js';
import { startServer, type Route } from './test-server.js';

const INDEX = '/feed/index.json';
const v1 = buildFeed({ kpis: [kpi('a', [10, 8])], documents }, 'v1');
const v2 = buildFeed({ kpis: [kpi('a', [10, 5])], documents }, 'v2');
const kpisFile = (feed: typeof v1) => Object.keys(feed.files).find((p) => p.includes('/kpis.'))!;

/** Resolves when `condition` holds; fails after three seconds. */
async function until(condition: () => boolean, what: string): Promise<void> {
  for (let i = 0; i < 600; i++) {
    if (condition()) return;
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
  throw new Error(`timed out waiting for ${what}`);
}
const settle = () => new Promise((resolve) => setTimeout(resolve, 50));

/** A clock whose sleeps end when the test says, so that each poll happens on cue. */
function cueClock() {
  const pending: (() => void)[] = [];
  return {
    now: Date.now,
    random: () => 0.5,
    sleep: (_ms: number, signal?: AbortSignal) =>
      new Promise<void>((resolve, reject) => {
        pending.push(resolve);
        signal?.addEventListener('abort', () => reject(signal.reason), { once: true });
      }),
    async poll() {
      await until(() => pending.length > 0, 'the poller to sleep');
      pending.shift()!();
    },
  };
}

/** The manifest route: serves whichever manifest the test publishes. */
function publisher(first: typeof v1) {
  let current = first;
  const route: Route = () => ({ body: current.manifest });
  return { route, publish: (feed: typeof v1) => void (current = feed) };
}

let rejections: unknown[];
let logged: unknown[][];
const onRejection = (reason: unknown) => rejections.push(reason);
const realError = console.error;
beforeEach(() => {
  rejections = [];
  logged = [];
  process.on('unhandledRejection', onRejection);
  console.error = (...args: unknown[]) => void logged.push(args);
});
afterEach(() => {
  process.off('unhandledRejection', onRejection);
  console.error = realError;
});

describe('subscribe without onError', () => {
  it('reports a failed reload with console.error, and never as an unhandled rejection', async () => {
    const feed = publisher(v1);
    // v2's kpis file cannot be had (HTTP 500), and no kpis were read before.
    const server = await startServer({ ...feedRoutes(v1), [INDEX]: feed.route, [kpisFile(v2)]: { status: 500 } });
    const clock = cueClock();
    const client = createClient({ feedUrl: server.url(INDEX), clock, retry: false, cache: { maxAge: 0, staleWhileRevalidate: 0 } });
    const heard: unknown[] = [];
    const stop = client.subscribe('kpis', (result) => heard.push(result), { interval: 1_000 });
    try {
      await until(() => server.hits(INDEX) === 1, 'the baseline');
      feed.publish(v2);
      await clock.poll();
      await until(() => server.hits(kpisFile(v2)) === 1, 'the reload of v2');
      await settle();
      assert.deepEqual(rejections, [], 'no unhandled rejection');
      assert.equal(logged.length, 1, 'the failure was reported');
      assert.match(String(logged[0]![0]), /\[luton2040\]/);
      assert.ok(logged[0]!.some((arg) => arg instanceof HttpError && arg.status === 500), 'with the typed error');
      assert.deepEqual(heard, []);

      assert.deepEqual(rejections, []);
    } finally {
      stop();
      await server.close();
    }
  });
});

describe('watch without onError', () => {
  it('reports failed polls with console.error once per cause, however often they fail', async () => {
    let status = 200;
    const server = await startServer({ ...feedRoutes(v1), [INDEX]: () => (status === 200 ? { body: v1.manifest } : { status }) });
    const clock = cueClock();
    const client = createClient({ feedUrl: server.url(INDEX), clock, retry: false, cache: { maxAge: 0, staleWhileRevalidate: 0 } });
    const stop = client.watch(() => {}, { interval: 1_000 });
    try {
      await until(() => server.hits(INDEX) === 1, 'the baseline');
      status = 503;
      for (let poll = 2; poll <= 4; poll++) {
        await clock.poll();
        await until(() => server.hits(INDEX) === poll, `poll ${poll}`);
      }
      await settle();
      assert.equal(logged.length, 1, `three failed polls, one cause: ${logged.join(' | ')}`);
      assert.ok(logged[0]!.some((arg) => arg instanceof HttpError && arg.status === 503));
      status = 404;
      await clock.poll();
      await until(() => logged.length === 2, 'a new cause to be logged');
      assert.deepEqual(rejections, []);
    } finally {
      stop();
      await server.close();
    }
  });
});

describe('a listener that throws', () => {
  it('goes to onError, with the listener’s own error', async () => {
    const feed = publisher(v1);
    const server = await startServer({ ...feedRoutes(v1), ...feedRoutes(v2), [INDEX]: feed.route });
    const clock = cueClock();
    const client = createClient({ feedUrl: server.url(INDEX), clock, retry: false, cache: { maxAge: 0, staleWhileRevalidate: 0 } });
    const errors: unknown[] = [];
    const boom = new Error('listener failed (test)');
    const stop = client.subscribe('kpis', () => { throw boom; }, { interval: 1_000, onError: (error) => errors.push(error) });
    try {
      await until(() => server.hits(INDEX) === 1, 'the baseline');
      feed.publish(v2);
      await clock.poll();
      await until(() => errors.length === 1, 'onError');
      await settle();
      assert.equal(errors[0], boom);
      assert.deepEqual(rejections, [], 'no unhandled rejection');
      assert.deepEqual(logged, [], 'onError was given: nothing on the console');
    } finally {
      stop();
      await server.close();
    }
  });

  it('goes to console.error when no onError is given, as does an onError that throws', async () => {
    const feed = publisher(v1);
    const server = await startServer({ ...feedRoutes(v1), ...feedRoutes(v2), [INDEX]: feed.route });
    const clock = cueClock();
    const client = createClient({ feedUrl: server.url(INDEX), clock, retry: false, cache: { maxAge: 0, staleWhileRevalidate: 0 } });
    const stops = [
      client.subscribe('kpis', () => { throw new Error('listener failed (test)'); }, { interval: 1_000 }),
      client.watch(() => { throw new Error('watcher failed (test)'); }, { interval: 1_000, onError: () => { throw new Error('onError failed (test)'); } }),
    ];
    try {
      await until(() => server.hits(INDEX) >= 1, 'the baseline');
      feed.publish(v2);
      await clock.poll();
      await until(() => logged.length === 2, 'two reports: the listener’s, and onError’s with what it was handling');
      await settle();
      const messages = logged.map((args) => args.map((a) => (a instanceof Error ? a.message : String(a))).join(' '));
      assert.ok(messages.some((m) => m.includes('listener failed (test)')), messages.join('\n'));
      assert.ok(messages.some((m) => m.includes('watcher failed (test)')), messages.join('\n'));
      assert.ok(messages.some((m) => m.includes('onError failed (test)')), messages.join('\n'));
      assert.deepEqual(rejections, []);
    } finally {
      for (const stop of stops) stop();
      await server.close();
    }
  });
});

describe('the default sleep between polls', () => {
  it('removes its abort listener when it ends', async () => {
    const controller = new AbortController();
    for (let i = 0; i < 50; i++) await defaultSleep(1, controller.signal);
    assert.equal(getEventListeners(controller.signal, 'abort').length, 0);
    const aborted = defaultSleep(60_000, controller.signal);
    controller.abort(new Error('stopped (test)'));
    await assert.rejects(aborted, /stopped \(test\)/);
  });

  it('lets a watcher poll many times without a MaxListenersExceededWarning', async () => {
    const warnings: Error[] = [];
    const onWarning = (warning: Error) => warnings.push(warning);
    process.on('warning', onWarning);
    const server = await startServer(feedRoutes(v1));
    const client = createClient({ feedUrl: server.url(INDEX), cache: { maxAge: 0, staleWhileRevalidate: 0 } });
    const stop = client.watch(() => {}, { interval: 1 });
    try {
      await until(() => server.hits(INDEX) >= 25, 'twenty-five polls');
      await settle();
      assert.deepEqual(warnings.map((w) => w.name), []);
    } finally {
      stop();
      process.off('warning', onWarning);
      await server.close();
    }
  });
});
