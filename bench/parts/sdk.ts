/**
 * The SDK on its own, in Node: the requests fifty tiles' reads cost through one client, what
 * drawing them again and revalidating an expired manifest cost, and the SDK's min+gzip size as the
 * KPI tile uses it (scripts/measure-bundle.mjs, which the size budget test shares).
 */
import { createHash } from 'node:crypto';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createClient } from '@luton2040/sdk';
import { measureTileBundle, SDK_TILE_BUDGET } from '../../scripts/measure-bundle.mjs';
import { count, kb } from '../lib/format.js';
import type { Part } from './part.js';

const WIDGETS = 50;

/** A synthetic feed laid out as the publisher writes it: content-hashed files and a small manifest with an ETag. */
function syntheticFeed() {
  const citation = { doc: 'bench-doc', section: 'Synthetic benchmark data' };
  const kpi = (id: string) => ({
    id,
    title: `Synthetic measure ${id}`,
  nodeOnly: true,
    strategy: 'ess',
    priority: 'skills-growth',
    direction: 'increase',
    unit: 'percent',
    citation,
    observations: [2020, 2021, 2022].map((year, i) => ({ period: String(year), value: 50 + i, status: 'final', citation })),
    comparators: [],
  });
  const files = new Map<string, { body: string; cache: string; etag?: string }>();
  const resources: Record<string, { url: string; sha256: string; count: number }> = {};
  const items = {
    kpis: Array.from({ length: WIDGETS }, (_, i) => kpi(`measure-${i}`)),
    documents: [{ id: 'bench-doc', title: 'Synthetic benchmark document', published: 2026 }],
  };
  for (const [name, records] of Object.entries(items)) {
    const body = JSON.stringify({ resource: name, items: records });
    const sha256 = createHash('sha256').update(body).digest('hex');
    const url = `${name}.${sha256.slice(0, 16)}.json`;
    files.set(`/feed/${url}`, { body, cache: 'public, max-age=31536000, immutable' });
    resources[name] = { url, sha256, count: records.length };
  }
  const manifest = JSON.stringify({ schemaVersion: 1, version: 'bench', dataDate: '2026-01-01', sample: true, resources });
  files.set('/feed/index.json', { body: manifest, cache: 'max-age=60', etag: '"bench"' });
  return files;
}

async function fiftyTiles() {
  const files = syntheticFeed();
  const requests: { path: string; status: number }[] = [];
  const server = createServer((request, response) => {
    const path = new URL(request.url ?? '/', 'http://x').pathname;
    const file = files.get(path);
    const status = !file ? 404 : file.etag && request.headers['if-none-match'] === file.etag ? 304 : 200;
    requests.push({ path, status });
    if (status !== 200) return response.writeHead(status, file?.etag ? { etag: file.etag } : {}).end();
    response.writeHead(200, { 'content-type': 'application/json', 'cache-control': file!.cache, ...(file!.etag ? { etag: file!.etag } : {}) });
    return response.end(file!.body);
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  try {
    // A clock the suite can move on, to make the manifest expire without waiting a minute.
    let later = 0;
    const client = createClient({ feedUrl: `http://127.0.0.1:${(server.address() as AddressInfo).port}/feed/index.json`, clock: { now: () => Date.now() + later }, onDroppedRecord: () => {} });
    const tile = (i: number) => Promise.all([client.kpis.get(`measure-${i}`), client.documents.list()]);
    const all = () => Promise.all(Array.from({ length: WIDGETS }, (_, i) => tile(i)));
    await all();
    const first = requests.length;
    await all();
    const again = requests.length - first;
    later = 61_000;
    await all();
    // The expired manifest is served at once and revalidated in the background.
    await new Promise((resolve) => setTimeout(resolve, 200));
    const revalidation = requests.slice(first + again);
    return { first: requests.slice(0, first), again, revalidation };
  } finally {
    server.close();
  }
}

export const sdkPart: Part = {
  name: 'sdk',
  title: `The SDK in Node: requests of ${WIDGETS} tiles, revalidation, and its size in a tile`,
  async run() {
    const requests = await fiftyTiles();
    const size = await measureTileBundle();
    const validation = size.inputs.filter((i) => i.file.endsWith('packages/schema/src/check.ts') || i.file.includes('packages/schema/src/generated/')).reduce((n, i) => n + i.bytes, 0);
    const zod = size.inputs.filter((i) => i.file.startsWith('zod/')).reduce((n, i) => n + i.bytes, 0);
    const statuses = requests.revalidation.map((r) => `${r.status} ${r.path}`).join(', ') || 'none';
    return {
      figures: [
        { figure: `requests for ${WIDGETS} tiles' reads (${WIDGETS * 2} calls), one client`, project: count(requests.first.length), goal: '<= 3' },
        { figure: 'requests when they all read again', project: count(requests.again) },
        { figure: 'requests when the manifest has expired', project: count(requests.revalidation.length) },
        { figure: 'SDK as the KPI tile uses it (min+gzip)', project: kb(size.gzip), goal: `<= ${kb(SDK_TILE_BUDGET)}` },
      ],
      notes: [
        `First reads: ${requests.first.map((r) => `${r.status} ${r.path}`).join(', ')}; once the manifest expired: ${statuses}.`,
        `SDK imports of the tile: ${size.imports.join(', ')}; chunks ${size.chunks.map((c) => `${c.file.split('/').pop()} ${kb(c.gzip)}`).join(', ')}; validation (checker and JSON Schemas) ${kb(validation)} min; zod ${zod === 0 ? 'not in the browser path' : `${kb(zod)} min (zod reached the browser path)`}.`,
        `Loaded only when used: ${size.lazy.map((c) => `${c.file.split('/').pop()} ${kb(c.gzip)}`).join(', ')}.`,
      ],
      data: { requests, size },
    };
  },
};
