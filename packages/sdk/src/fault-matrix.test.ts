// Every fault a feed or a network can produce, on the manifest and on a resource file, with and
// without a good copy kept from before. For each: the read settles within its deadline, with the
// typed error the fault calls for (or, when a good copy exists, that copy marked stale with the
// error), at a bounded number of requests, and nothing ever becomes an unhandled rejection (which
// would end a Node process). Live updates (`subscribe` without `onError`) go through the same faults.
import assert from 'node:assert/strict';
import { after, afterEach, before, describe, it } from 'node:test';
import { createClient, type ReadResult } from './client.js';
import { ConnectionError, HttpError, IntegrityError, LutonError, TimeoutError, TooLargeError, ValidationError } from './errors.js';
import { RedirectError } from './redirects.js';
import { buildFeed, documents, feedRoutes, kpi, testClock } from './test-feed.js';
import { startServer, type Reply, type Route, type TestServer } from './test-server.js';

const INDEX = '/feed/index.json';
const DEADLINE = 1_000;
const MAX_BYTES = 256 * 1024;

const v1 = buildFeed({ kpis: [kpi('measure-a', [10, 8]), kpi('measure-b', [5, 4])], documents }, 'v1');
const v2 = buildFeed({ kpis: [kpi('measure-a', [10, 6]), kpi('measure-b', [5, 3])], documents }, 'v2');
const kpisFile = (feed: typeof v1) => Object.keys(feed.files).find((p) => p.includes('/kpis.'))!;
const textOf = (feed: typeof v1, path: string) => JSON.stringify(feed.files[path]);

type Target = 'manifest' | 'resource';
type Check = (error: unknown) => boolean;
const is = (type: abstract new (...args: never[]) => LutonError, extra: (e: never) => boolean = () => true): Check => (e) => e instanceof type && extra(e as never);

interface Fault {
  name: string;
  /** The faulty answer, given what would have been sent. */
  reply: (good: string, path: string) => Route;
  /** The error a read must end with, per target. */
  error: Record<Target, Check>;
  /** Most requests the faulty address may get in one read. */
  attempts: Record<Target, number>;
  only?: Target;
}

const both = (check: Check): Record<Target, Check> => ({ manifest: check, resource: check });
const times = (n: number, m = n): Record<Target, number> => ({ manifest: n, resource: m });
// Any change to a resource file's bytes is caught by its SHA-256 first (asked once more, then refused).
const altered = { manifest: is(ValidationError), resource: is(IntegrityError) };

const faults: Fault[] = [
  { name: 'HTTP 404', reply: () => ({ status: 404 }), error: both(is(HttpError, (e: HttpError) => e.status === 404)), attempts: times(1) },
  { name: 'HTTP 500', reply: () => ({ status: 500 }), error: both(is(HttpError, (e: HttpError) => e.status === 500)), attempts: times(3) },
  { name: 'HTTP 503', reply: () => ({ status: 503 }), error: both(is(HttpError, (e: HttpError) => e.status === 503)), attempts: times(3) },
  {
    name: 'HTTP 429 asking to wait past the deadline',
    reply: () => ({ status: 429, headers: { 'retry-after': '30' } }),
    error: both(is(HttpError, (e: HttpError) => e.status === 429 && e.retryAfter === 30_000)),
    attempts: times(1),
  },
  { name: 'a server that never answers', reply: (good) => ({ body: good, delay: 60_000 }), error: both(is(TimeoutError)), attempts: times(1) },
  { name: 'a body that stalls half-way', reply: (good) => ({ body: good, stallAfter: Math.floor(good.length / 2) }), error: both(is(TimeoutError)), attempts: times(1) },
  { name: 'truncated JSON', reply: (good) => ({ body: good.slice(0, Math.floor(good.length / 2)) }), error: altered, attempts: times(1, 2) },
  { name: 'an HTML page with status 200', reply: () => ({ body: '<!doctype html><title>Welcome</title><p>Page moved</p>', headers: { 'content-type': 'text/html' } }), error: altered, attempts: times(1, 2) },
  { name: 'an empty body', reply: () => ({ body: '' }), error: altered, attempts: times(1, 2) },
  { name: 'a reset connection', reply: () => ({ reset: true }), error: both(is(ConnectionError)), attempts: times(3) },
  { name: 'a body larger than maxBytes', reply: () => ({ body: ' '.repeat(MAX_BYTES + 1) }), error: both(is(TooLargeError)), attempts: times(1) },
  { name: 'a redirect loop', reply: (_, path) => ({ status: 302, headers: { location: path } }), error: both(is(RedirectError)), attempts: times(1) },
  {
    name: 'bytes that differ from the manifest’s SHA-256',
    reply: (good) => ({ body: good.replace('"value":6', '"value":99.9') }),
    error: { manifest: () => false, resource: is(IntegrityError) },
    attempts: times(0, 2),
    only: 'resource',
  },
];

/** Fails if `promise` has not settled `ms` after it started: a liveness bound, generous, not a benchmark. */
function settlesWithin<T>(promise: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout;
  const late = new Promise<never>((_, reject) => (timer = setTimeout(() => reject(new Error(`did not settle within ${ms} ms`)), ms)));
  return Promise.race([promise, late]).finally(() => clearTimeout(timer));
}

const rejections: unknown[] = [];
const onRejection = (reason: unknown) => rejections.push(reason);
let logged: unknown[][] = [];
const realError = console.error;
before(() => {
  process.on('unhandledRejection', onRejection);
  console.error = (...args: unknown[]) => void logged.push(args);
});
afterEach(async () => {
  await new Promise((resolve) => setTimeout(resolve, 20));
  assert.deepEqual(rejections, [], 'no unhandled rejection');
  logged = [];
});
after(() => {
  process.off('unhandledRejection', onRejection);
  console.error = realError;
});

/**
 * A server for one fault: cold, the fault is there from the first request; warm, v1 is served
 * first and read, and then the manifest (now v2) or v2's new kpis file is faulty.
 */
async function serve(fault: Fault, target: Target, warm: boolean): Promise<{ server: TestServer; faulty: string }> {
  const current = warm ? v2 : v1;
  const path = target === 'manifest' ? INDEX : kpisFile(current);
  const good = target === 'manifest' ? JSON.stringify(current.manifest) : textOf(current, path);
  const bad = fault.reply(good, path);
  let manifestAsked = 0;
  const routes: Record<string, Route> = { ...feedRoutes(v1), ...feedRoutes(v2) };
  routes[INDEX] = (request) => {
    manifestAsked++;
    if (warm && manifestAsked === 1) return { body: v1.manifest, headers: { 'cache-control': 'max-age=1' } };
    if (target === 'manifest') return typeof bad === 'function' ? bad(request) : (bad as Reply);
    return { body: current.manifest };
  };
  if (target === 'resource') routes[path] = bad;
  return { server: await startServer(routes), faulty: target === 'manifest' ? INDEX : path };
}

/** A client with a short deadline; a kept manifest past its lifetime is revalidated before it is served. */
function clientOf(server: TestServer, deadline = DEADLINE) {
  const clock = testClock();
  const client = createClient({
    feedUrl: server.url(INDEX),
    clock,
    deadline,
    maxBytes: MAX_BYTES,
    cache: { staleWhileRevalidate: 0 },
    onDroppedRecord: () => {},
  });
  return { client, clock };
}

describe('fault matrix: reads', () => {
  for (const fault of faults) {
    for (const target of ['manifest', 'resource'] as const) {
      if (fault.only && fault.only !== target) continue;
      it(`${fault.name} on the ${target}, nothing kept: a typed error within the deadline`, async () => {
        const { server, faulty } = await serve(fault, target, false);
        try {
          const { client } = clientOf(server);
          const error = await settlesWithin(client.read('kpis').then(() => undefined, (e: unknown) => e), DEADLINE + 2_000);
          assert.ok(fault.error[target](error), `got ${String(error)}`);
          assert.ok(server.hits(faulty) <= fault.attempts[target], `${server.hits(faulty)} requests for the faulty address`);
        } finally {
          await server.close();
        }
      });

      it(`${fault.name} on the ${target}, a good copy kept: that copy, marked stale with the error`, async () => {
        const { server, faulty } = await serve(fault, target, true);
        try {
          const { client, clock } = clientOf(server);
          const first = await client.read('kpis');
          clock.time += 5_000; // the manifest's max-age=1 has passed
          const before = server.hits(faulty);
          const result = await settlesWithin(client.read('kpis'), DEADLINE + 2_000);
          assert.equal(result.stale, true);
          assert.ok(fault.error[target](result.error), `got ${String(result.error)}`);
          assert.deepEqual(result.data, first.data, 'the last good figures, never the faulty ones');
          assert.equal(result.version, 'v1');
          assert.ok(server.hits(faulty) - before <= fault.attempts[target], `${server.hits(faulty) - before} requests for the faulty address`);
        } finally {
          await server.close();
        }
      });
    }
  }
});

describe('fault matrix: answers that recover', () => {
  it('HTTP 503 once, then the file: read after one retry', async () => {
    const path = kpisFile(v1);
    const server = await startServer({ ...feedRoutes(v1), [path]: [{ status: 503 }, { body: v1.files[path] }] });
    try {
      const { client } = clientOf(server);
      assert.equal((await client.read('kpis')).data.length, 2);
      assert.equal(server.hits(path), 2);
    } finally {
      await server.close();
    }
  });

  it('HTTP 429 with Retry-After: 1, then the manifest: read after waiting the second asked for', async () => {
    const server = await startServer({ ...feedRoutes(v1), [INDEX]: [{ status: 429, headers: { 'retry-after': '1' } }, { body: v1.manifest }] });
    try {
      const { client, clock } = clientOf(server, 10_000); // a wait of 1 s fits in the default deadline
      assert.equal((await client.read('kpis')).version, 'v1');
      assert.deepEqual(clock.sleeps, [1_000]);
    } finally {
      await server.close();
    }
  });

  it('an onDroppedRecord that throws: the valid records are still returned', async () => {
    const withBad = buildFeed({ kpis: [kpi('good-one'), { ...kpi('bad-one'), unit: 'furlongs' }], documents });
    const server = await startServer(feedRoutes(withBad));
    try {
      const client = createClient({ feedUrl: server.url(INDEX), onDroppedRecord: () => { throw new Error('callback failed (test)'); } });
      assert.deepEqual((await client.read('kpis')).data.map((k) => k.id), ['good-one']);
      assert.ok(logged.some((args) => args.some((a) => a instanceof Error && a.message === 'callback failed (test)')));
    } finally {
      await server.close();
    }
  });

  it('an invalid record beside valid ones: the valid ones, and the invalid one reported', async () => {
    const withBad = buildFeed({ kpis: [kpi('good-one'), { ...kpi('bad-one'), unit: 'furlongs' }, kpi('good-two')], documents });
    const server = await startServer(feedRoutes(withBad));
    try {
      const { client } = clientOf(server);
      const result = await client.read('kpis');
      assert.deepEqual(result.data.map((k) => k.id), ['good-one', 'good-two']);
      assert.deepEqual(result.dropped.map((d) => [d.id, d.problems[0]!.path]), [['bad-one', 'unit']]);
      assert.equal(result.error, undefined);
    } finally {
      await server.close();
    }
  });
});

describe('fault matrix: live updates without onError', () => {
  /** Resolves when `condition` holds; fails after three seconds. */
  async function until(condition: () => boolean, what: string) {
    for (let i = 0; i < 300; i++) {
      if (condition()) return;
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
    throw new Error(`timed out waiting for ${what}`);
  }

  for (const fault of faults.filter((f) => f.error.resource !== undefined)) {
    it(`${fault.name} on a changed file: reported once, or the listener told the copy is stale, never an unhandled rejection`, async () => {
      const path = kpisFile(v2);
      const good = textOf(v2, path);
      let published = v1;
      const server = await startServer({ ...feedRoutes(v1), [INDEX]: () => ({ body: published.manifest }), [path]: fault.reply(good, path) });
      const pending: (() => void)[] = [];
      const clock = { now: Date.now, random: () => 0.5, sleep: (_: number, signal?: AbortSignal) => new Promise<void>((resolve, reject) => (pending.push(resolve), signal?.addEventListener('abort', () => reject(signal.reason), { once: true }))) };
      const client = createClient({ feedUrl: server.url(INDEX), clock, deadline: DEADLINE, maxBytes: MAX_BYTES, retry: false, cache: { maxAge: 0, staleWhileRevalidate: 0 } });
      const heard: ReadResult<unknown[]>[] = [];
      const stop = client.subscribe('kpis', (result) => heard.push(result), { interval: 1_000 });
      try {
        await until(() => server.hits(INDEX) >= 1, 'the baseline');
        published = v2;
        await until(() => pending.length > 0, 'the poller to sleep');
        pending.shift()!();
        await settlesWithin(until(() => logged.length > 0 || heard.length > 0, 'the outcome'), DEADLINE + 3_000);
        await new Promise((resolve) => setTimeout(resolve, 30));
        if (heard.length > 0) {
          assert.equal(heard[0]!.stale, true);
          assert.ok(fault.error.resource(heard[0]!.error), String(heard[0]!.error));
        } else {
          assert.equal(logged.length, 1, 'once');
          assert.ok(logged[0]!.some((arg) => fault.error.resource(arg)), logged[0]!.map(String).join(' '));
        }
      } finally {
        stop();
        await server.close();
      }
    });
  }
});
