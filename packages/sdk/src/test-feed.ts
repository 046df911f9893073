// A small synthetic feed (test data, not real figures) for the SDK's tests and benchmark.
import { createHash } from 'node:crypto';
import type { Manifest } from '@luton2040/schema';
import type { Route } from './test-server.js';

const citation = { doc: 'test-doc', section: 'Synthetic test data' };

export function kpi(id: string, values: number[] = [10, 8]) {
  return {
    id,
    title: `Synthetic measure ${id} (test data)`,
    strategy: 'ess',
    priority: 'skills-growth',
    direction: 'decrease',
    unit: 'percent',
    citation,
    observations: values.map((value, i) => ({ period: String(2019 + i), value, status: 'final', citation })),
    comparators: [{ area: 'england', observations: [{ period: '2020', value: 6, status: 'final', citation }] }],
  };
}

export const documents = [{ id: 'test-doc', title: 'Synthetic test document', published: 2026 }];

const sha = (text: string) => createHash('sha256').update(text).digest('hex');

/** A feed's files by path under `/feed/`, with the manifest at `/feed/index.json`. */
export function buildFeed(resources: Record<string, unknown[]>, version = 'test-1'): { manifest: Manifest; files: Record<string, unknown> } {
  const files: Record<string, unknown> = {};
  const entries: Manifest['resources'] = {};
  for (const [name, items] of Object.entries(resources)) {
    const body = { resource: name, items };
    const digest = sha(JSON.stringify(body));
    const file = `${name}.${digest.slice(0, 8)}.json`;
    files[`/feed/${file}`] = body;
    entries[name] = { url: file, sha256: digest, count: items.length };
  }
  const manifest: Manifest = { schemaVersion: 1, version, dataDate: '2026-01-01', sample: true, resources: entries };
  files['/feed/index.json'] = manifest;
  return { manifest, files };
}

/** Routes serving a feed: the manifest with a short lifetime, snapshot files immutable. */
export function feedRoutes(feed: { files: Record<string, unknown> }): Record<string, Route> {
  return Object.fromEntries(
    Object.entries(feed.files).map(([path, body]) => [
      path,
      { body, headers: { 'cache-control': path.endsWith('/index.json') ? 'max-age=60' : 'public, max-age=31536000, immutable' } },
    ]),
  );
}

/** A clock whose time moves only when told, and whose sleeps are recorded and end at once. */
export function testClock(start = Date.parse('2026-06-01T12:00:00Z')) {
  const sleeps: number[] = [];
  const clock = {
    time: start,
    sleeps,
    now: () => clock.time,
    random: () => 0.5,
    sleep: (ms: number, signal?: AbortSignal) => {
      sleeps.push(ms);
      return signal?.aborted ? Promise.reject(signal.reason) : Promise.resolve();
    },
  };
  return clock;
}
