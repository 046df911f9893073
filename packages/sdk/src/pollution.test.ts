// A host page may have added enumerable properties to Object.prototype (old CMS plugins do). The
// SDK's checks must read only what the feed sent: own properties, never inherited ones.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { checkerKeywords, kpisJsonSchema } from '@luton2040/schema';
import { createClient } from './client.js';
import type { DroppedRecord } from './options.js';
import { parseResource } from './validate.js';
import { buildFeed, documents, feedRoutes, kpi } from './test-feed.js';
import { startServer } from './test-server.js';

const prototype = Object.prototype as Record<string, unknown>;

/** Runs `work` with `keys` set on Object.prototype as a careless script sets them: plain assignment, enumerable. */
async function polluted<T>(keys: Record<string, unknown>, work: () => Promise<T>): Promise<T> {
  for (const [key, value] of Object.entries(keys)) prototype[key] = value;
  try {
    return await work();
  } finally {
    for (const key of Object.keys(keys)) delete prototype[key];
  }
}

describe('a polluted Object.prototype', () => {
  // Names a JSON Schema checker reads, names of resources, and what old plugins add. (Not
  // `required`: Node's own fetch breaks on that one; the checker's test below covers it.)
  const pollution = {
    pattern: '^$',
    minLength: 1000,
    minimum: 1e9,
    const: 'nonsense',
    vacancies: { url: 'vacancies.json', sha256: '0'.repeat(64), count: 0 },
    extend: function extend() {},
    clone: 'x',
  };

  it('changes nothing the SDK reads: valid records stay valid, an invalid one is still dropped', async () => {
    const bad = { ...kpi('broken'), direction: 'sideways' };
    const feed = buildFeed({ kpis: [kpi('good-one'), bad, kpi('good-two')], documents });
    const server = await startServer(feedRoutes(feed));
    try {
      const read = async () => {
        const dropped: DroppedRecord[] = [];
        const client = createClient({ feedUrl: server.url('/feed/index.json'), onDroppedRecord: (d) => dropped.push(d) });
        const result = await client.read('kpis');
        const missing = await client.resource('vacancies').then(
          () => 'read',
          (error: Error) => error.message,
        );
        return { ids: result.data.map((k) => k.id), dropped: dropped.map((d) => [d.id, d.problems]), stale: result.stale, missing };
      };
      const clean = await read();
      const dirty = await polluted(pollution, read);
      assert.deepEqual(clean.ids, ['good-one', 'good-two']);
      assert.deepEqual(dirty, clean);
      assert.match(dirty.missing, /has no "vacancies" resource/, 'a resource the manifest does not list is not found on the prototype');
    } finally {
      await server.close();
    }
  });

  it('validates exactly as on a clean page whatever keyword of JSON Schema the prototype carries', async () => {
    const records = [kpi('good-one'), { ...kpi('broken'), direction: 'sideways' }, { ...kpi('no-title'), title: undefined }];
    const json = JSON.parse(JSON.stringify({ resource: 'kpis', items: records })) as unknown;
    const check = () => parseResource('kpis', json, 'https://feed.test.invalid/kpis.json', kpisJsonSchema);
    const clean = await check();
    const values: Record<string, unknown> = { type: 'string', properties: { id: { type: 'number' } }, required: ['nonsense'], additionalProperties: false, propertyNames: { pattern: '^$' }, items: { type: 'string' }, enum: ['nonsense'], const: 'nonsense', pattern: '^$', minLength: 1000, minItems: 1000, minimum: 1e9, maximum: -1, errorMessage: { minLength: 'polluted' } };
    assert.deepEqual(Object.keys(values).sort(), [...checkerKeywords].sort(), 'every keyword the checker knows');
    const dirty = await polluted(values, check);
    assert.deepEqual(clean.records.map((r) => (r as { id: string }).id), ['good-one']);
    assert.deepEqual(dirty, clean);
  });
});
