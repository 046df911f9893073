import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { before, describe, it } from 'node:test';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { Manifest, resourceNames, resourceSchemas } from '@luton2040/schema';
import { buildFeed } from './build.js';
import { loadDataset } from './load.js';
import { datasetDir, samplesDir, scratchDir, sourcesDir } from './test-fixtures.js';

/** Every file under `dir`, as relative path → bytes. */
async function filesOf(dir: string): Promise<Map<string, Buffer>> {
  const files = new Map<string, Buffer>();
  for (const entry of await readdir(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const path = join(entry.parentPath, entry.name);
    files.set(relative(dir, path), await readFile(path));
  }
  return files;
}

const readJson = async (dir: string, file: string) => JSON.parse(await readFile(join(dir, file), 'utf8')) as unknown;

describe('the feed build', () => {
  let first: string;
  let second: string;
  let plain: string;

  before(async () => {
    [first, second, plain] = await Promise.all([scratchDir(), scratchDir(), scratchDir()]);
    // Two loads and two builds, as two runs of the CLI would do.
    for (const out of [first, second]) {
      const { dataset } = await loadDataset(datasetDir, { sourcesDir, samplesDir });
      await buildFeed(dataset, out, { sourcesDir });
    }
    await buildFeed((await loadDataset(datasetDir, { sourcesDir })).dataset, plain, { sourcesDir });
  });

  it('is deterministic: the same input gives byte-identical files', async () => {
    const [a, b] = await Promise.all([filesOf(first), filesOf(second)]);
    assert.deepEqual([...a.keys()].sort(), [...b.keys()].sort());
    for (const [name, bytes] of a) assert.ok(bytes.equals(b.get(name)!), `${name} differs between two builds`);
  });

  it('writes a manifest with version, data date, and each resource by content-hashed URL, hash and count', async () => {
    const manifest = Manifest.parse(await readJson(first, 'index.json'));
    assert.equal(manifest.dataDate, '2026-11-25');
    assert.match(manifest.version, /^2026\.11\.25\+[0-9a-f]{8}$/);
    assert.deepEqual(Object.keys(manifest.resources), resourceNames);
    for (const [name, entry] of Object.entries(manifest.resources)) {
      const bytes = await readFile(join(first, entry.url));
      assert.equal(createHash('sha256').update(bytes).digest('hex'), entry.sha256, name);
      assert.equal(entry.url, `${name}.${entry.sha256.slice(0, 16)}.json`);
      const file = JSON.parse(bytes.toString('utf8')) as { resource: string; items: unknown[] };
      assert.equal(file.resource, name);
      assert.equal(file.items.length, entry.count, name);
    }
    assert.equal(manifest.resources.activities?.count, 93);
    assert.equal(manifest.resources.actions?.count, 17);
  });

  it('marks exactly the resources that hold sample records as sample', async () => {
    const withSamples = Manifest.parse(await readJson(first, 'index.json'));
    const sampleResources = Object.entries(withSamples.resources).filter(([, r]) => r.sample).map(([name]) => name);
    assert.deepEqual(sampleResources, ['pledges', 'vacancies']);
    assert.equal(withSamples.sample, true);
    const real = Manifest.parse(await readJson(plain, 'index.json'));
    assert.equal(real.sample, false);
    assert.ok(Object.values(real.resources).every((r) => r.sample === false));
  });

  it('publishes the source texts that documents cite, under content-hashed names', async () => {
    const manifest = Manifest.parse(await readJson(first, 'index.json'));
    const { items } = (await readJson(first, manifest.resources.documents!.url)) as { items: { id: string; file?: string; url?: string }[] };
    const withText = items.filter((d) => d.file !== undefined);
    assert.ok(withText.length > 0, 'the strategy documents are published with their text');
    // A release known only by its address (a page announcing the Real Living Wage) has no text to publish.
    for (const release of items.filter((d) => d.file === undefined)) assert.match(release.url ?? '', /^https:\/\//, release.id);
    for (const document of withText) {
      assert.match(document.file!, new RegExp(`^sources/${document.id}\\.[0-9a-f]{16}\\.txt$`));
      assert.equal(await readFile(join(first, document.file!), 'utf8'), await readFile(join(sourcesDir, `${document.id}.txt`), 'utf8'));
    }
  });

  it('validates against the exported JSON Schema: the manifest, every envelope and every record', async () => {
    const ajv = new Ajv2020({ allErrors: true, strict: false });
    const manifestJson = await readJson(first, 'index.json');
    const manifest = Manifest.parse(manifestJson);
    const schemaOf = async (name: string) => ajv.compile((await readJson(first, manifest.schemas![name]!)) as object);
    const validManifest = await schemaOf('manifest');
    assert.ok(validManifest(manifestJson), JSON.stringify(validManifest.errors));
    const validEnvelope = await schemaOf('resourceFile');
    let records = 0;
    for (const name of resourceNames) {
      const file = (await readJson(first, manifest.resources[name]!.url)) as { items: unknown[] };
      assert.ok(validEnvelope(file), `${name}: ${JSON.stringify(validEnvelope.errors)}`);
      const validRecord = await schemaOf(name);
      file.items.forEach((item, index) => {
        assert.ok(validRecord(item), `${name}[${index}]: ${JSON.stringify(validRecord.errors)}`);
        assert.ok(resourceSchemas[name].safeParse(item).success, `${name}[${index}] fails the zod schema`);
        records += 1;
      });
    }
    assert.ok(records > 250, `only ${records} records checked`);
  });

  it('has JSON Schemas that reject a bad record', async () => {
    const ajv = new Ajv2020({ allErrors: true, strict: false });
    const manifest = Manifest.parse(await readJson(first, 'index.json'));
    const validActivity = ajv.compile((await readJson(first, manifest.schemas!.activities!)) as object);
    const file = (await readJson(first, manifest.resources.activities!.url)) as { items: Record<string, unknown>[] };
    assert.equal(validActivity({ ...file.items[0], status: 'going-well' }), false);
    assert.equal(validActivity({ ...file.items[0], owners: 'luton' }), false);
  });
});
