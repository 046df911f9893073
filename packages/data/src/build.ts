import { createHash } from 'node:crypto';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Manifest, ResourceName } from '@luton2040/schema';
import type { Dataset } from './load.js';

export interface BuildOptions {
  /** Mark the feed as holding sample records (the demo's made-up pledges and vacancies). */
  sample?: boolean;
}

/** The resources of a feed, in the order they are written. */
function resourcesOf(dataset: Dataset): Record<ResourceName, unknown[]> {
  return {
    documents: dataset.documents,
    areas: dataset.areas,
    essPriorities: dataset.essPriorities,
    kpis: dataset.kpis,
  };
}

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

/**
 * Writes the feed: one immutable, content-hashed file per resource and a small `index.json`
 * manifest. The same dataset always gives byte-identical files: nothing in them comes from the
 * clock, the machine or the order files were listed in.
 */
export async function buildFeed(dataset: Dataset, outDir: string, options: BuildOptions = {}): Promise<Manifest> {
  await mkdir(outDir, { recursive: true });
  const resources: Manifest['resources'] = {};
  for (const [name, items] of Object.entries(resourcesOf(dataset))) {
    const body = `${JSON.stringify({ resource: name, items })}\n`;
    const digest = sha256(body);
    const url = `${name}.${digest.slice(0, 16)}.json`;
    await writeFile(join(outDir, url), body);
    resources[name] = { url, sha256: digest, count: items.length };
  }
  const contentHash = sha256(Object.values(resources).map((r) => r.sha256).join('\n'));
  const manifest: Manifest = {
    schemaVersion: 1,
    version: `${dataset.settings.dataDate.replaceAll('-', '.')}+${contentHash.slice(0, 8)}`,
    dataDate: dataset.settings.dataDate,
    sample: options.sample ?? false,
    resources,
  };
  await writeFile(join(outDir, 'index.json'), `${JSON.stringify(manifest, null, 2)}\n`);
  return manifest;
}
