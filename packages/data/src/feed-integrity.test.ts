// The publisher and the SDK must agree on the bytes a manifest's SHA-256 names, and on what a
// signed pledge covers: the SDK reads a freshly built feed, and refuses it once a byte changes.
import assert from 'node:assert/strict';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { before, describe, it } from 'node:test';
import { resourceNames, type Manifest, type ResourceName } from '@luton2040/schema';
import { createClient, IntegrityError } from '@luton2040/sdk';
import { buildFeed } from './build.js';
import { loadDataset } from './load.js';
import { generateRegistryKey, signPledges } from './signing.js';
import { datasetDir, samplesDir, scratchDir, sourcesDir } from './test-fixtures.js';

/** A client reading the feed in `dir` as if it were served at https://feed.test.invalid/. */
function clientOf(dir: string, registryPublicKey?: string) {
  const fetch: typeof globalThis.fetch = async (input) => {
    const path = new URL(String(input)).pathname.slice(1);
    return new Response(await readFile(join(dir, path)), { headers: { 'content-type': 'application/json' } });
  };
  return createClient({ feedUrl: 'https://feed.test.invalid/index.json', fetch, retry: false, onDroppedRecord: () => {}, ...(registryPublicKey ? { registryPublicKey } : {}) });
}

describe('a built feed read by the SDK', () => {
  let dir: string;
  let manifest: Manifest;
  let publicKey: string;
  before(async () => {
    dir = await scratchDir();
    const { dataset } = await loadDataset(datasetDir, { sourcesDir, samplesDir });
    const key = await generateRegistryKey();
    publicKey = key.publicKey;
    dataset.pledges = await signPledges(dataset.pledges, key.privateJwk);
    manifest = await buildFeed(dataset, dir, { sourcesDir });
  });

  it('passes the integrity check of every resource, as written', async () => {
    const client = clientOf(dir);
    for (const name of resourceNames) {
      const { data } = await client.read(name as ResourceName);
      assert.equal(data.length, manifest.resources[name]!.count, name);
    }
  });

  it('verifies the signed pledges it publishes', async () => {
    const client = clientOf(dir, publicKey);
    const active = (await client.pledges.list()).filter((p) => p.madeOn <= new Date().toISOString().slice(0, 10));
    assert.ok(active.length > 0, 'the samples have active pledges');
    for (const pledge of active) assert.equal((await client.pledges.get(pledge.organisation.id)).verification, 'verified', pledge.id);
  });

  it('refuses a resource one byte of which changed after the build', async () => {
    const file = join(dir, manifest.resources.kpis!.url);
    const text = await readFile(file, 'utf8');
    await writeFile(file, text.replace(/"value":(\d)/, (_, d: string) => `"value":${(Number(d) + 1) % 10}`));
    await assert.rejects(clientOf(dir).read('kpis'), IntegrityError);
  });
});
