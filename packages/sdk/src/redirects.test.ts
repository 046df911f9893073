// Redirects: a few are followed, a loop is one typed error, and a redirect failure is never retried.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { createClient } from './client.js';
import { RedirectError } from './redirects.js';
import { buildFeed, documents, feedRoutes, kpi, testClock } from './test-feed.js';
import { startServer, type Route } from './test-server.js';

const feed = buildFeed({ kpis: [kpi('measure-a')], documents });
const to = (location: string): Route => ({ status: 302, headers: { location } });

/** `/hop/1` → `/hop/2` → … → `/hop/n` → the feed's manifest. */
function chain(n: number): Record<string, Route> {
  const routes: Record<string, Route> = {};
  for (let i = 1; i <= n; i++) routes[`/hop/${i}`] = to(i === n ? '/feed/index.json' : `/hop/${i + 1}`);
  return routes;
}

const total = (server: { log: unknown[] }) => server.log.length;

describe('redirects', () => {
  it('turns a redirect loop into one RedirectError after one request, never retried', async () => {
    const server = await startServer({ '/loop/index.json': to('/loop/index.json') });
    try {
      const client = createClient({ feedUrl: server.url('/loop/index.json'), clock: testClock() });
      await assert.rejects(client.manifest(), (error) => {
        assert.ok(error instanceof RedirectError, String(error));
        assert.match(error.message, /loop/);
        return true;
      });
      assert.equal(total(server), 1, 'requests made for the loop');
    } finally {
      await server.close();
    }
  });

  it('stops a two-address loop on the first repeat', async () => {
    const server = await startServer({ '/a/index.json': to('/b/index.json'), '/b/index.json': to('/a/index.json') });
    try {
      const client = createClient({ feedUrl: server.url('/a/index.json'), clock: testClock() });
      await assert.rejects(client.manifest(), RedirectError);
      assert.equal(total(server), 2);
    } finally {
      await server.close();
    }
  });

  it('follows up to five redirects, relative or absolute, and refuses the sixth', async () => {
    const server = await startServer({ ...feedRoutes(feed), ...chain(5), ...Object.fromEntries(Array.from({ length: 6 }, (_, i) => [`/far/${i + 1}`, to(`/far/${i + 2}`)])) });
    try {
      const client = createClient({ feedUrl: server.url('/hop/1'), clock: testClock() });
      assert.equal((await client.manifest()).version, 'test-1');
      assert.equal((await client.kpis.get('measure-a')).id, 'measure-a', 'resource addresses resolve against the manifest’s own address');
      const far = createClient({ feedUrl: server.url('/far/1'), clock: testClock() });
      const before = total(server);
      await assert.rejects(far.manifest(), (error) => error instanceof RedirectError && /more than 5/.test(error.message) && error.chain.length === 6);
      assert.equal(total(server) - before, 6, 'the first request and five redirects, no retry');
    } finally {
      await server.close();
    }
  });

  it('does not follow a redirect to anything but http(s)', async () => {
    const server = await startServer({ '/feed/index.json': to('file:///etc/passwd') });
    try {
      const client = createClient({ feedUrl: server.url('/feed/index.json'), clock: testClock() });
      await assert.rejects(client.manifest(), RedirectError);
    } finally {
      await server.close();
    }
  });

  describe('where fetch hides redirects (browsers)', () => {
    // A browser answers `redirect: "manual"` with an opaque response and follows redirects itself
    // (up to 20) with `redirect: "follow"`, failing with a bare TypeError on a loop.
    function browserLikeFetch(loop: boolean) {
      const calls: string[] = [];
      const fetch: typeof globalThis.fetch = async (input, init) => {
        const url = String(input);
        calls.push(`${init?.redirect ?? 'follow'} ${url}`);
        if (!url.includes('/redirected/')) return Response.json(feed.files[new URL(url).pathname] ?? feed.manifest);
        if (init?.redirect === 'manual') return { type: 'opaqueredirect', status: 0, ok: false, headers: new Headers(), body: null } as unknown as Response;
        if (loop) throw new TypeError('Failed to fetch');
        return Response.json(feed.manifest);
      };
      return { fetch, calls };
    }

    it('lets the browser follow a redirect, asking once to see that there is one', async () => {
      const { fetch, calls } = browserLikeFetch(false);
      const client = createClient({ feedUrl: 'https://feed.test.invalid/redirected/index.json', fetch, clock: testClock() });
      assert.equal((await client.manifest()).version, 'test-1');
      assert.deepEqual(calls, ['manual https://feed.test.invalid/redirected/index.json', 'follow https://feed.test.invalid/redirected/index.json']);
    });

    it('reports a redirect the browser gives up on as a RedirectError, not a retried connection failure', async () => {
      const { fetch, calls } = browserLikeFetch(true);
      const client = createClient({ feedUrl: 'https://feed.test.invalid/redirected/index.json', fetch, clock: testClock() });
      await assert.rejects(client.manifest(), RedirectError);
      assert.equal(calls.length, 2, calls.join('\n'));
    });
  });
});
