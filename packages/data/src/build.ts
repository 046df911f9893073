import { createHash } from 'node:crypto';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { resourceNames, type Manifest, type ResourceName, type SourceDocument } from '@luton2040/schema';
import { jsonSchemas } from '@luton2040/schema/json-schema';
import { settingsOf } from './dataset-settings.js';
import type { Dataset } from './load.js';

export interface BuildOptions {
  /** Mark the whole feed as sample data, even if no record says so (for demos). */
  sample?: boolean;
  /** Folder of the source documents' text: when given, each is published beside the feed and cited by `documents[].file`. */
  sourcesDir?: string;
}

const sha256 = (data: string | Buffer) => createHash('sha256').update(data).digest('hex');

/** `name.0123456789abcdef.ext`: the address changes exactly when the content does, so it can be cached for ever. */
const hashedName = (name: string, digest: string, ext: string) => `${name}.${digest.slice(0, 16)}.${ext}`;

/** Copies each document's text into `sources/` under a content-hashed name and points `file` at it. */
async function publishSources(dataset: Dataset, outDir: string, sourcesDir: string | undefined): Promise<SourceDocument[]> {
  if (!sourcesDir) return dataset.documents.map(({ file: _file, ...document }) => document);
  await mkdir(join(outDir, 'sources'), { recursive: true });
  const published: SourceDocument[] = [];
  for (const { file, ...document } of dataset.documents) {
    if (!file) {
      published.push(document);
      continue;
    }
    const text = await readFile(join(sourcesDir, file));
    const url = `sources/${hashedName(document.id, sha256(text), 'txt')}`;
    await writeFile(join(outDir, url), text);
    published.push({ ...document, file: url });
  }
  return published;
}

const isSample = (item: unknown) => (item as { sample?: unknown } | null)?.sample === true;

/** Writes the JSON Schema of every resource's records, the manifest and the resource envelope under `schema/`. */
async function writeSchemas(outDir: string): Promise<Record<string, string>> {
  await mkdir(join(outDir, 'schema'), { recursive: true });
  const urls: Record<string, string> = {};
  for (const [name, schema] of Object.entries(jsonSchemas())) {
    const url = `schema/${name}.schema.json`;
    await writeFile(join(outDir, url), `${JSON.stringify(schema, null, 2)}\n`);
    urls[name] = url;
  }
  return urls;
}

/**
 * Writes the feed: one immutable, content-hashed file per resource, the source texts, the JSON
 * Schemas and a small `index.json` manifest. The same dataset always gives byte-identical files:
 * nothing in them comes from the clock, the machine or the order files were listed in (the only
 * date, `dataDate`, is a setting of the dataset).
 */
export async function buildFeed(dataset: Dataset, outDir: string, options: BuildOptions = {}): Promise<Manifest> {
  await mkdir(outDir, { recursive: true });
  const documents = await publishSources(dataset, outDir, options.sourcesDir);
  const all: Record<ResourceName, unknown[]> = { ...dataset, documents };
  const resources: Manifest['resources'] = {};
  for (const name of resourceNames) {
    const items = all[name];
    const body = `${JSON.stringify({ resource: name, items })}\n`;
    const digest = sha256(body);
    const url = hashedName(name, digest, 'json');
    await writeFile(join(outDir, url), body);
    resources[name] = { url, sha256: digest, count: items.length, sample: items.some(isSample) };
  }
  const schemas = await writeSchemas(outDir);
  const contentHash = sha256(Object.values(resources).map((r) => r.sha256).join('\n'));
  const { dataDate } = settingsOf(dataset.settings);
  const manifest: Manifest = {
    schemaVersion: 1,
    version: `${dataDate.replaceAll('-', '.')}+${contentHash.slice(0, 8)}`,
    dataDate,
    sample: (options.sample ?? false) || Object.values(resources).some((r) => r.sample),
    resources,
    schemas,
  };
  await writeFile(join(outDir, 'index.json'), `${JSON.stringify(manifest, null, 2)}\n`);
  return manifest;
}
