import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { memoryStore } from './cache/store.js';
import { createClient } from './client.js';
import { AbortError, ConnectionError, HttpError, TimeoutError, ValidationError } from './errors.js';
import type { DroppedRecord } from './options.js';
import { buildFeed, documents, feedRoutes, kpi, testClock } from './test-feed.js';
import { etagged, startServer, type TestServer } from './test-server.js';

const feed = buildFeed({ kpis: Array.from({ length: 50 }, (_, i) => kpi(`measure-${i}`)), documents });
const [kpisPath, documentsPath] = Object.keys(feed.files).filter((p) => !p.endsWith('index.json'));
const INDEX = '/feed/index.json';

/** A fresh server per test, so that request counts start at zero. */
async function withServer(routes: Parameters<typeof startServer>[0], run: (server: TestServer) => Promise<void>) {
  const server = await startServer(routes);
  try {
    await run(server);
  } finally {
    await server.close();
  }
}

const quiet = { onDroppedRecord: () => {} };

describe('de-duplication and caching', () => {
  it('serves fifty concurrent widgets with one request per resource', async () => {
    await withServer(feedRoutes(feed), async (server) => {
      const client = createClient({ feedUrl: server.url(INDEX) });
      const tiles = Array.from({ length: 50 }, (_, i) =>
        Promise.all([client.kpis.get(`measure-${i}`), client.documents.list()]),
      );
      const results = await Promise.all(tiles);
      assert.equal(results.length, 50);
      assert.equal(results[7]![0].id, 'measure-7');
      assert.equal(server.hits(INDEX), 1);
      assert.equal(server.hits(kpisPath!), 1);
      assert.equal(server.hits(documentsPath!), 1);
    });
  });

  it('answers from memory while the manifest is fresh, and revalidates it with If-None-Match once it is not', async () => {
    const clock = testClock();
    await withServer({ ...feedRoutes(feed), [INDEX]: etagged(feed.manifest, '"m1"', { 'cache-control': 'max-age=60' }) }, async (server) => {
      const client = createClient({ feedUrl: server.url(INDEX), clock, cache: { staleWhileRevalidate: 0 } });
      await client.kpis.list();
      clock.time += 30_000;
      await client.kpis.list();
      assert.equal(server.hits(INDEX), 1, 'fresh for max-age=60: no request');

      clock.time += 31_000;
      const result = await client.read('kpis');
      assert.equal(server.hits(INDEX), 2);
      assert.equal(server.log.at(-1)!.headers['if-none-match'], '"m1"', 'conditional request');
      assert.equal(result.stale, false, 'a 304 renews the kept copy');
      assert.equal(result.data.length, 50);
      assert.equal(server.hits(kpisPath!), 1, 'snapshot files are immutable: never asked for again');
    });
  });

  it('serves an expired manifest at once within stale-while-revalidate and refreshes it in the background', async () => {
    const clock = testClock();
    await withServer(
      { ...feedRoutes(feed), [INDEX]: etagged(feed.manifest, '"m1"', { 'cache-control': 'max-age=60, stale-while-revalidate=600' }) },
      async (server) => {
        const client = createClient({ feedUrl: server.url(INDEX), clock });
        await client.kpis.list();
        clock.time += 120_000;
        const served = await client.read('kpis');
        assert.equal(served.stale, true, 'older than max-age: marked stale');
        assert.equal(served.data.length, 50);
        await new Promise((resolve) => setTimeout(resolve, 50));
        assert.equal(server.hits(INDEX), 2, 'revalidated in the background');
        assert.equal((await client.read('kpis')).stale, false);
        assert.equal(server.hits(INDEX), 2);
      },
    );
  });

  it('keeps nothing marked no-store, and uses the client default lifetime when Cache-Control is silent', async () => {
    const clock = testClock();
    await withServer({ ...feedRoutes(feed), [INDEX]: { body: feed.manifest, headers: { 'cache-control': 'no-store' } } }, async (server) => {
      const client = createClient({ feedUrl: server.url(INDEX), clock });
      await client.manifest();
      await client.manifest();
      assert.equal(server.hits(INDEX), 2);
    });
    await withServer({ ...feedRoutes(feed), [INDEX]: { body: feed.manifest } }, async (server) => {
      const client = createClient({ feedUrl: server.url(INDEX), clock, cache: { maxAge: 5_000, staleWhileRevalidate: 0 } });
      await client.manifest();
      clock.time += 4_000;
      await client.manifest();
      assert.equal(server.hits(INDEX), 1);
      clock.time += 2_000;
      await client.manifest();
      assert.equal(server.hits(INDEX), 2);
    });
  });

  it('fetches the new snapshot when the manifest points to new files', async () => {
    const clock = testClock();
    const next = buildFeed({ kpis: [kpi('measure-0', [10, 4])], documents }, 'test-2');
    await withServer({ ...feedRoutes(feed), ...feedRoutes(next), [INDEX]: [{ body: feed.manifest }, { body: next.manifest }] }, async (server) => {
      const client = createClient({ feedUrl: server.url(INDEX), clock, cache: { maxAge: 1_000, staleWhileRevalidate: 0 } });
      assert.equal((await client.read('kpis')).version, 'test-1');
      clock.time += 2_000;
      const result = await client.read('kpis');
      assert.equal(result.version, 'test-2');
      assert.deepEqual(result.data.map((k) => k.observations.at(-1)!.value), [4]);
    });
  });
});

describe('resilience', () => {
  it('fails with TimeoutError when the server answers after the timeout', async () => {
    await withServer({ [INDEX]: { body: feed.manifest, delay: 500 } }, async (server) => {
      const client = createClient({ feedUrl: server.url(INDEX), timeout: 50, retry: false });
      await assert.rejects(client.manifest(), (error) => error instanceof TimeoutError && error.timeoutMs === 50);
      assert.equal(server.hits(INDEX), 1);
    });
  });

  it('takes a per-call timeout, and retries an attempt that timed out', async () => {
    const clock = testClock();
    await withServer({ ...feedRoutes(feed), [INDEX]: [{ body: feed.manifest, delay: 500 }, { body: feed.manifest }] }, async (server) => {
      const client = createClient({ feedUrl: server.url(INDEX), timeout: 10_000, clock });
      assert.equal((await client.manifest({ timeout: 50 })).version, 'test-1');
      assert.equal(server.hits(INDEX), 2);
      assert.equal(clock.sleeps.length, 1);
    });
  });

  it('retries a 500 and succeeds on the 200 that follows, after an exponential, jittered delay', async () => {
    const clock = testClock();
    await withServer({ ...feedRoutes(feed), [INDEX]: [{ status: 500 }, { status: 503 }, { body: feed.manifest }] }, async (server) => {
      const client = createClient({ feedUrl: server.url(INDEX), clock, retry: { delay: 100, limit: 2 } });
      assert.equal((await client.manifest()).version, 'test-1');
      assert.equal(server.hits(INDEX), 3);
      // equal jitter with random() = 0.5: 3/4 of 100, then of 200
      assert.deepEqual(clock.sleeps, [75, 150]);
    });
  });

  it('gives up after the retry limit with the last HttpError', async () => {
    const clock = testClock();
    await withServer({ [INDEX]: { status: 502 } }, async (server) => {
      const client = createClient({ feedUrl: server.url(INDEX), clock, retry: { limit: 3 } });
      await assert.rejects(client.manifest(), (error) => error instanceof HttpError && error.status === 502);
      assert.equal(server.hits(INDEX), 4);
    });
  });

  it('honours Retry-After on 429, and refuses to wait longer than its cap', async () => {
    const clock = testClock();
    await withServer({ [INDEX]: [{ status: 429, headers: { 'retry-after': '2' } }, { body: feed.manifest }] }, async (server) => {
      const client = createClient({ feedUrl: server.url(INDEX), clock });
      await client.manifest();
      assert.deepEqual(clock.sleeps, [2000]);
      assert.equal(server.hits(INDEX), 2);
    });
    await withServer({ [INDEX]: { status: 429, headers: { 'retry-after': '3600' } } }, async (server) => {
      const client = createClient({ feedUrl: server.url(INDEX), clock, retry: { maxRetryAfter: 30_000 } });
      await assert.rejects(client.manifest(), (error) => error instanceof HttpError && error.status === 429 && error.retryAfter === 3_600_000);
      assert.equal(server.hits(INDEX), 1, 'not retried');
    });
  });

  it('does not retry what a retry cannot fix: 404, malformed JSON', async () => {
    const clock = testClock();
    await withServer({ [INDEX]: { status: 404 } }, async (server) => {
      const client = createClient({ feedUrl: server.url(INDEX), clock });
      await assert.rejects(client.manifest(), (error) => error instanceof HttpError && error.status === 404);
      assert.equal(server.hits(INDEX), 1);
    });
    await withServer({ [INDEX]: { body: '{"schemaVersion": 1, "version": ' } }, async (server) => {
      const client = createClient({ feedUrl: server.url(INDEX), clock });
      await assert.rejects(client.manifest(), (error) => error instanceof ValidationError && error.problems[0]!.message === 'is not valid JSON');
      assert.equal(server.hits(INDEX), 1);
    });
  });

  it('reports a manifest of the wrong shape with the issues', async () => {
    await withServer({ [INDEX]: { body: { ...feed.manifest, dataDate: 'soon' } } }, async (server) => {
      const client = createClient({ feedUrl: server.url(INDEX) });
      await assert.rejects(client.manifest(), (error) => {
        assert.ok(error instanceof ValidationError);
        assert.deepEqual(error.problems, [{ path: 'dataDate', message: 'must be a date like 2023-04-01' }]);
        return true;
      });
    });
  });

  it('retries a reset connection, and fails with ConnectionError when it keeps happening', async () => {
    const clock = testClock();
    await withServer({ ...feedRoutes(feed), [INDEX]: [{ reset: true }, { body: feed.manifest }] }, async (server) => {
      const client = createClient({ feedUrl: server.url(INDEX), clock });
      assert.equal((await client.manifest()).version, 'test-1');
      assert.equal(server.hits(INDEX), 2);
    });
    await withServer({ [INDEX]: { reset: true } }, async (server) => {
      const client = createClient({ feedUrl: server.url(INDEX), clock, retry: { limit: 1 } });
      await assert.rejects(client.manifest(), (error) => error instanceof ConnectionError && error.message.includes(server.url(INDEX)));
      assert.equal(server.hits(INDEX), 2);
    });
  });

  it('drops and reports a record that fails validation, and returns the rest', async () => {
    const bad = { ...kpi('broken'), direction: 'sideways' };
    const withBad = buildFeed({ kpis: [kpi('good-one'), bad, kpi('good-two')], documents });
    await withServer(feedRoutes(withBad), async (server) => {
      const dropped: DroppedRecord[] = [];
      const client = createClient({ feedUrl: server.url(INDEX), onDroppedRecord: (d) => dropped.push(d) });
      const [result] = await Promise.all([client.read('kpis'), client.kpis.list(), client.kpis.list()]);
      assert.deepEqual(
        result.data.map((k) => k.id),
        ['good-one', 'good-two'],
      );
      assert.equal(dropped.length, 1, 'reported once, however many callers');
      assert.equal(dropped[0]!.id, 'broken');
      assert.equal(dropped[0]!.index, 1);
      assert.equal(dropped[0]!.problems[0]!.path, 'direction');
      assert.deepEqual(result.dropped, dropped);
    });
  });

  it('words what is wrong with a dropped record, field by field', async () => {
    const observations = [{ period: '2020', value: 'ten', status: 'final', citation: { doc: 'test-doc', section: 'Synthetic test data' } }];
    const bad = { ...kpi('broken'), direction: 'up', observations, title: undefined };
    await withServer(feedRoutes(buildFeed({ kpis: [bad], documents })), async (server) => {
      const dropped: DroppedRecord[] = [];
      const client = createClient({ feedUrl: server.url(INDEX), onDroppedRecord: (d) => dropped.push(d) });
      assert.deepEqual(await client.kpis.list(), []);
      assert.deepEqual(dropped[0]!.problems, [
        { path: 'title', message: 'is required' },
        { path: 'direction', message: 'must be one of: "increase", "decrease"' },
        { path: 'observations.0.value', message: 'must be a number (got "ten")' },
      ]);
    });
  });

  it('reads records with fields it does not know, so that older clients can read a newer feed', async () => {
    const newer = { ...kpi('newer'), forecast: [{ period: '2030', value: 3 }], citation: { doc: 'test-doc', section: 'Synthetic test data', page: 4 } };
    await withServer(feedRoutes(buildFeed({ kpis: [newer], documents, areas: [] })), async (server) => {
      const dropped: DroppedRecord[] = [];
      const client = createClient({ feedUrl: server.url(INDEX), onDroppedRecord: (d) => dropped.push(d) });
      assert.equal((await client.kpis.get('newer')).id, 'newer');
      assert.deepEqual(dropped, []);
    });
  });

  it('serves the last good data, marked stale, when the feed cannot be reached', async () => {
    const clock = testClock();
    const server = await startServer(feedRoutes(feed));
    const client = createClient({ feedUrl: server.url(INDEX), clock, retry: false, cache: { staleWhileRevalidate: 0 } });
    const fresh = await client.read('kpis');
    assert.equal(fresh.stale, false);
    await server.close();
    clock.time += 3_600_000;
    const stale = await client.read('kpis');
    assert.equal(stale.stale, true);
    assert.ok(stale.error instanceof ConnectionError);
    assert.equal(stale.fetchedAt, fresh.fetchedAt);
    assert.equal((await client.kpis.get('measure-3')).id, 'measure-3', 'plain calls still answer');
  });

  it('keeps the good manifest when the feed starts sending an invalid one', async () => {
    const clock = testClock();
    await withServer({ ...feedRoutes(feed), [INDEX]: [{ body: feed.manifest }, { body: { broken: true } }] }, async (server) => {
      const client = createClient({ feedUrl: server.url(INDEX), clock, cache: { maxAge: 1_000, staleWhileRevalidate: 0 } });
      await client.read('kpis');
      clock.time += 5_000;
      const result = await client.read('kpis');
      assert.equal(result.stale, true);
      assert.ok(result.error instanceof ValidationError);
      assert.equal(result.version, 'test-1');
    });
  });

  it('aborts one caller without cancelling the request others wait for', async () => {
    await withServer({ ...feedRoutes(feed), [INDEX]: { body: feed.manifest, delay: 100 } }, async (server) => {
      const client = createClient({ feedUrl: server.url(INDEX) });
      const controller = new AbortController();
      const leaving = client.kpis.list({ signal: controller.signal });
      const staying = client.kpis.list();
      controller.abort();
      await assert.rejects(leaving, AbortError);
      assert.equal((await staying).length, 50);
      assert.equal(server.hits(INDEX), 1);
    });
  });

  it('cancels the request when every caller has aborted', async () => {
    let aborted = false;
    const fetchSpy: typeof fetch = (_input, init) =>
      new Promise((_, reject) => init?.signal?.addEventListener('abort', () => ((aborted = true), reject(init.signal!.reason))));
    const client = createClient({ feedUrl: 'http://127.0.0.1:9/feed/index.json', fetch: fetchSpy });
    const a = new AbortController();
    const b = new AbortController();
    const calls = [client.manifest({ signal: a.signal }), client.manifest({ signal: b.signal })];
    const settled = Promise.allSettled(calls);
    a.abort();
    await new Promise((resolve) => setImmediate(resolve));
    assert.equal(aborted, false, 'one caller still waits');
    b.abort();
    await settled;
    assert.equal(aborted, true);
    for (const call of calls) await assert.rejects(call, AbortError);
  });

  it('leaves no unhandled rejection when a read starts with a signal already aborted', async () => {
    // A widget whose attributes change between its manifest and its resource read asks with a signal
    // that is already aborted: the request it would have started is dropped without a stray rejection.
    const unhandled: unknown[] = [];
    const onRejection = (reason: unknown) => unhandled.push(reason);
    process.on('unhandledRejection', onRejection);
    try {
      const fetchSpy: typeof fetch = (_input, init) =>
        new Promise((_, reject) => init?.signal?.addEventListener('abort', () => reject(init.signal!.reason)));
      const client = createClient({ feedUrl: 'http://127.0.0.1:9/feed/index.json', fetch: fetchSpy });
      const gone = new AbortController();
      gone.abort();
      await assert.rejects(client.manifest({ signal: gone.signal }), AbortError);
      await new Promise((resolve) => setTimeout(resolve, 20));
      assert.deepEqual(unhandled, []);
    } finally {
      process.off('unhandledRejection', onRejection);
    }
  });
});

describe('persistent cache', () => {
  let server: TestServer;
  before(async () => (server = await startServer(feedRoutes(feed))));
  after(() => server.close());

  it('lets a returning visitor see data at once, and offline', async () => {
    const clock = testClock();
    const store = memoryStore();
    const first = createClient({ feedUrl: server.url(INDEX), clock, cache: { store } });
    await first.kpis.list();
    assert.ok(store.size >= 2);
    const before = server.log.length;

    // Next visit, within the manifest's lifetime: nothing is asked of the network.
    const second = createClient({ feedUrl: server.url(INDEX), clock, cache: { store } });
    assert.equal((await second.read('kpis')).stale, false);
    assert.equal(server.log.length, before);

    // A week later, offline: the kept copy, marked stale.
    clock.time += 7 * 86_400_000;
    const offline = createClient({ feedUrl: 'http://127.0.0.1:9/feed/index.json', clock, retry: false, cache: { store: rekeyed(store, server.url(INDEX)) } });
    const result = await offline.read('kpis');
    assert.equal(result.stale, true);
    assert.ok(result.error instanceof ConnectionError);
    assert.equal(result.data.length, 50);
  });
});

/** The same store seen from another feed address, so an unreachable address finds the kept files. */
function rekeyed(store: ReturnType<typeof memoryStore>, realIndex: string) {
  const map = (key: string) => key.replace('http://127.0.0.1:9/feed/', realIndex.replace('index.json', ''));
  return { get: (k: string) => store.get(map(k)), set: () => {}, delete: () => {} };
}

describe('options', () => {
  it('uses the injected fetch', async () => {
    const seen: string[] = [];
    const client = createClient({
      feedUrl: 'https://feed.example/index.json',
      fetch: async (input) => {
        seen.push(String(input));
        return new Response(JSON.stringify(feed.manifest), { headers: { 'content-type': 'application/json' } });
      },
    });
    assert.equal((await client.manifest()).version, 'test-1');
    assert.deepEqual(seen, ['https://feed.example/index.json']);
  });

  it('says which resource a feed lacks', async () => {
    await withServer(feedRoutes(feed), async (server) => {
      const client = createClient({ feedUrl: server.url(INDEX), ...quiet });
      await assert.rejects(client.resource('vacancies'), /has no "vacancies" resource/);
    });
  });
});
