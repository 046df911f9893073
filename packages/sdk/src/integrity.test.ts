import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { memoryStore } from './cache/store.js';
import { createClient } from './client.js';
import { IntegrityError } from './errors.js';
import { buildFeed, documents, feedRoutes, kpi, testClock } from './test-feed.js';
import { startServer } from './test-server.js';

const INDEX = '/feed/index.json';

/** A feed whose kpis file was changed after the manifest was written: one figure set to 99.9. */
function tampered(version = 'test-1', values = [10, 8]) {
  const feed = buildFeed({ kpis: [kpi('measure-a', values)], documents }, version);
  const path = Object.keys(feed.files).find((p) => p.includes('/kpis.'))!;
  const body = feed.files[path] as { items: ReturnType<typeof kpi>[] };
  const altered = structuredClone(body);
  altered.items[0]!.observations[1]!.value = 99.9;
  return { feed, path, routes: { ...feedRoutes(feed), [path]: { body: altered } } };
}

describe('integrity of resource files', () => {
  it('refuses a file whose bytes differ from the manifest’s SHA-256, after asking once more', async () => {
    const { feed, path, routes } = tampered();
    const server = await startServer(routes);
    try {
      const client = createClient({ feedUrl: server.url(INDEX), clock: testClock() });
      await assert.rejects(client.read('kpis'), (error) => {
        assert.ok(error instanceof IntegrityError, `got ${String(error)}`);
        assert.equal(error.expected, feed.manifest.resources.kpis!.sha256);
        assert.notEqual(error.actual, error.expected);
        assert.match(error.message, /SHA-256/);
        return true;
      });
      assert.equal(server.hits(path), 2, 'asked once more, in case a cache in between held a bad copy');
      await assert.rejects(client.kpis.get('measure-a'), IntegrityError);
    } finally {
      await server.close();
    }
  });

  it('serves the last good copy, marked stale with the IntegrityError, when a new snapshot fails its hash', async () => {
    const good = buildFeed({ kpis: [kpi('measure-a', [10, 8])], documents }, 'test-1');
    const bad = tampered('test-2', [10, 7]); // a new snapshot: another file
    const clock = testClock();
    const server = await startServer({ ...feedRoutes(good), ...bad.routes, [INDEX]: [{ body: good.manifest }, { body: bad.feed.manifest }] });
    try {
      const client = createClient({ feedUrl: server.url(INDEX), clock, cache: { maxAge: 1_000, staleWhileRevalidate: 0 } });
      assert.equal((await client.read('kpis')).data[0]!.observations[1]!.value, 8);
      clock.time += 2_000;
      const result = await client.read('kpis');
      assert.equal(result.stale, true);
      assert.ok(result.error instanceof IntegrityError);
      assert.equal(result.data[0]!.observations[1]!.value, 8, 'the altered 99.9 is never shown');
      assert.equal(result.version, 'test-1', 'the version the data belongs to');
    } finally {
      await server.close();
    }
  });

  it('accepts the file when the second answer is the right one', async () => {
    const { feed, path } = tampered();
    const altered = structuredClone(feed.files[path]) as { items: { observations: { value: number }[] }[] };
    altered.items[0]!.observations[1]!.value = 99.9;
    const server = await startServer({ ...feedRoutes(feed), [path]: [{ body: altered }, { body: feed.files[path] }] });
    try {
      const client = createClient({ feedUrl: server.url(INDEX), clock: testClock() });
      assert.equal((await client.kpis.get('measure-a')).observations[1]!.value, 8);
      assert.equal(server.hits(path), 2);
    } finally {
      await server.close();
    }
  });

  it('hashes the bytes as sent, so that non-ASCII text and a final newline agree with the manifest', async () => {
    const feed = buildFeed({ kpis: [{ ...kpi('measure-a'), title: 'Synthetic “quoted” measure – café (test data)' }], documents });
    const routes = feedRoutes(feed);
    for (const [path, route] of Object.entries(routes)) {
      if (path.endsWith('index.json')) continue;
      // As the publisher writes files: JSON and a newline, hashed as UTF-8 bytes.
      const text = `${JSON.stringify(feed.files[path])}\n`;
      const digest = await sha256(text);
      const name = path.split('/').pop()!.split('.')[0]!;
      feed.manifest.resources[name]!.sha256 = digest;
      routes[path] = { ...(route as object), body: text };
    }
    routes[INDEX] = { body: feed.manifest };
    const server = await startServer(routes);
    try {
      const client = createClient({ feedUrl: server.url(INDEX) });
      assert.equal((await client.kpis.get('measure-a')).title, 'Synthetic “quoted” measure – café (test data)');
    } finally {
      await server.close();
    }
  });

  it('does not trust a kept copy from a persistent store that the manifest’s hash does not name', async () => {
    const feed = buildFeed({ kpis: [kpi('measure-a', [10, 8])], documents });
    const path = Object.keys(feed.files).find((p) => p.includes('/kpis.'))!;
    const server = await startServer(feedRoutes(feed));
    try {
      const store = memoryStore();
      const url = server.url(path);
      // A copy kept under the file's address whose content is not the file's (another script, an older SDK).
      const forged = structuredClone(feed.files[path]) as { items: { observations: { value: number }[] }[] };
      forged.items[0]!.observations[1]!.value = 99.9;
      store.set(url, { body: forged, storedAt: Date.now(), maxAge: Infinity, swr: 0 });
      const client = createClient({ feedUrl: server.url(INDEX), cache: { store } });
      assert.equal((await client.kpis.get('measure-a')).observations[1]!.value, 8);
      assert.equal(server.hits(path), 1, 'the file was fetched and checked instead');
    } finally {
      await server.close();
    }
  });
});

async function sha256(text: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
  return Array.from(new Uint8Array(digest), (b) => b.toString(16).padStart(2, '0')).join('');
}
