// Bounds on what one read may cost: bytes (`maxBytes`, enforced while the body streams in) and
// time (`deadline`, retries included), so that a widget reaches its error or stale state in time.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { createClient } from './client.js';
import { HttpError, TimeoutError, TooLargeError } from './errors.js';
import { resolveOptions } from './options.js';
import { buildFeed, documents, feedRoutes, kpi, testClock } from './test-feed.js';
import { startServer } from './test-server.js';

const INDEX = '/feed/index.json';
const MB = 1024 * 1024;
const feed = buildFeed({ kpis: [kpi('measure-a')], documents });
const kpisPath = Object.keys(feed.files).find((p) => p.includes('/kpis.'))!;

/** Fails the test if `promise` has not settled `ms` after it started: a liveness bound, not a benchmark. */
function settlesWithin<T>(promise: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout;
  const late = new Promise<never>((_, reject) => (timer = setTimeout(() => reject(new Error(`did not settle within ${ms} ms`)), ms)));
  return Promise.race([promise, late]).finally(() => clearTimeout(timer));
}

/** A fetch answering one big body, made on demand: counts how many bytes the client pulled. */
function streamingFetch(total: number, headers: Record<string, string> = {}) {
  const state = { pulled: 0, cancelled: false };
  const chunk = new Uint8Array(64 * 1024).fill(0x20);
  const fetch: typeof globalThis.fetch = async (input) => {
    const url = String(input);
    if (url.endsWith('index.json')) return Response.json(feed.manifest);
    const body = new ReadableStream<Uint8Array>({
      pull(controller) {
        if (state.pulled >= total) return controller.close();
        state.pulled += chunk.length;
        controller.enqueue(chunk);
      },
      cancel() {
        state.cancelled = true;
      },
    });
    return new Response(body, { headers: { 'content-type': 'application/json', ...headers } });
  };
  return { fetch, state };
}

describe('maxBytes', () => {
  it('defaults to 5 MB', () => {
    assert.equal(resolveOptions({}).maxBytes, 5 * MB);
  });

  it('refuses a 20 MB resource with TooLargeError, stopping the read at the limit, and does not retry it', async () => {
    const { fetch, state } = streamingFetch(20 * MB);
    const client = createClient({ feedUrl: 'https://feed.test.invalid/feed/index.json', fetch, clock: testClock() });
    await assert.rejects(client.read('kpis'), (error) => {
      assert.ok(error instanceof TooLargeError, String(error));
      assert.equal(error.maxBytes, 5 * MB);
      return true;
    });
    assert.ok(state.pulled <= 5 * MB + 128 * 1024, `read ${state.pulled} bytes`);
    assert.equal(state.cancelled, true, 'the body was cancelled, not drained');
  });

  it('refuses at once when Content-Length says the body is too large', async () => {
    const { fetch, state } = streamingFetch(2 * MB, { 'content-length': String(2 * MB) });
    const client = createClient({ feedUrl: 'https://feed.test.invalid/feed/index.json', fetch, maxBytes: MB });
    await assert.rejects(client.read('kpis'), TooLargeError);
    assert.ok(state.pulled <= 64 * 1024, `read ${state.pulled} bytes before refusing`);
  });

  it('counts a real server’s body as it arrives', async () => {
    const big = JSON.stringify({ resource: 'kpis', items: Array.from({ length: 20_000 }, (_, i) => kpi(`measure-${i}`)) });
    const server = await startServer({ ...feedRoutes(feed), [kpisPath]: { body: big } });
    try {
      const client = createClient({ feedUrl: server.url(INDEX), maxBytes: MB, clock: testClock() });
      await assert.rejects(client.read('kpis'), TooLargeError);
      assert.equal(server.hits(kpisPath), 1, 'not retried');
      assert.equal((await createClient({ feedUrl: server.url(INDEX) }).manifest()).version, 'test-1', 'smaller answers still read');
    } finally {
      await server.close();
    }
  });
});

describe('deadline', () => {
  it('defaults to 10 s for the whole read, or the attempt timeout when that is longer', () => {
    assert.equal(resolveOptions({}).deadline, 10_000);
    assert.equal(resolveOptions({ timeout: 30_000 }).deadline, 30_000);
    assert.equal(resolveOptions({ deadline: 4_000 }).deadline, 4_000);
  });

  it('ends a read of a hanging feed at the deadline with one TimeoutError, not three timed-out attempts', async () => {
    const server = await startServer({ [INDEX]: { body: feed.manifest, delay: 60_000 } });
    try {
      const client = createClient({ feedUrl: server.url(INDEX), deadline: 300 });
      await settlesWithin(
        assert.rejects(client.read('kpis'), (error) => error instanceof TimeoutError && error.scope === 'deadline' && error.timeoutMs === 300),
        3_000,
      );
      assert.equal(server.hits(INDEX), 1, 'the attempt was cut at the deadline, not retried after it');
    } finally {
      await server.close();
    }
  });

  it('covers a body that stalls half-way', async () => {
    const server = await startServer({ ...feedRoutes(feed), [kpisPath]: { body: feed.files[kpisPath], stallAfter: 40 } });
    try {
      const client = createClient({ feedUrl: server.url(INDEX), deadline: 300 });
      await settlesWithin(assert.rejects(client.read('kpis'), TimeoutError), 3_000);
    } finally {
      await server.close();
    }
  });

  it('serves the last good copy, marked stale, once the deadline passes', async () => {
    const clock = testClock();
    const server = await startServer({ ...feedRoutes(feed), [INDEX]: [{ body: feed.manifest }, { body: feed.manifest, delay: 60_000 }] });
    try {
      const client = createClient({ feedUrl: server.url(INDEX), clock, deadline: 300, cache: { maxAge: 1_000, staleWhileRevalidate: 0 } });
      await client.read('kpis');
      clock.time += 5_000;
      const result = await settlesWithin(client.read('kpis'), 3_000);
      assert.equal(result.stale, true);
      assert.ok(result.error instanceof TimeoutError);
      assert.equal(result.data[0]!.id, 'measure-a');
    } finally {
      await server.close();
    }
  });

  it('fails at once rather than wait for a Retry-After that ends past the deadline', async () => {
    const clock = testClock();
    const server = await startServer({ [INDEX]: { status: 503, headers: { 'retry-after': '30' } } });
    try {
      const client = createClient({ feedUrl: server.url(INDEX), clock, deadline: 5_000 });
      await assert.rejects(client.manifest(), (error) => error instanceof HttpError && error.status === 503);
      assert.deepEqual(clock.sleeps, [], 'no wait that could not end in time');
      assert.equal(server.hits(INDEX), 1);
    } finally {
      await server.close();
    }
  });

  it('reads the Real Living Wage rates and the manifest before them within one deadline, not one each', async () => {
    const rate = { announced: '2025-10-01', ukOutsideLondon: 12, citation: { doc: 'test-doc', section: 'Synthetic test data' } };
    const withRates = buildFeed({ livingWageRates: [rate], documents });
    const ratesPath = Object.keys(withRates.files).find((p) => p.includes('/livingWageRates.'))!;
    // Each answer within the deadline, both together past it: the caller must hear at the deadline.
    const server = await startServer({
      ...feedRoutes(withRates),
      [INDEX]: { body: withRates.manifest, delay: 700 },
      [ratesPath]: { body: withRates.files[ratesPath], delay: 700 },
    });
    try {
      const client = createClient({ feedUrl: server.url(INDEX), clock: testClock(), deadline: 1_000, retry: false });
      await settlesWithin(
        assert.rejects(client.vacancies.livingWage(), (error) => error instanceof TimeoutError && error.scope === 'deadline'),
        3_000,
      );
    } finally {
      await server.close();
    }
  });

  it('takes a per-call deadline', async () => {
    const server = await startServer({ [INDEX]: { body: feed.manifest, delay: 60_000 } });
    try {
      const client = createClient({ feedUrl: server.url(INDEX) });
      await settlesWithin(assert.rejects(client.manifest({ deadline: 200 }), (e) => e instanceof TimeoutError && e.timeoutMs === 200), 3_000);
    } finally {
      await server.close();
    }
  });
});
