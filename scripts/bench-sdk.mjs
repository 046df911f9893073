// SDK benchmark (run after `npx tsc -b && npx rollup -c`): the requests fifty KPI tiles on one
// page cost, and the SDK's min+gzip size as the KPI tile uses it, validation included.
//   node scripts/bench-sdk.mjs
import { createHash } from 'node:crypto';
import { createServer } from 'node:http';
import { measureTileBundle, SDK_TILE_BUDGET } from './measure-bundle.mjs';

const { createClient } = await import('../packages/sdk/dist/index.js').catch(() => {
  console.error('packages/sdk/dist is missing: run "npx tsc -b && npx rollup -c" first.');
  process.exit(1);
});

const WIDGETS = 50;
const citation = { doc: 'bench-doc', section: 'Synthetic benchmark data' };
const kpi = (id) => ({
  id,
  title: `Synthetic measure ${id}`,
  strategy: 'ess',
  priority: 'skills-growth',
  direction: 'increase',
  unit: 'percent',
  citation,
  observations: [2020, 2021, 2022].map((year, i) => ({ period: String(year), value: 50 + i, status: 'final', citation })),
  comparators: [],
});

// A synthetic feed laid out as the publisher writes it: content-hashed files and a small manifest.
const files = new Map();
const resources = {};
for (const [name, items] of Object.entries({
  kpis: Array.from({ length: WIDGETS }, (_, i) => kpi(`measure-${i}`)),
  documents: [{ id: 'bench-doc', title: 'Synthetic benchmark document', published: 2026 }],
})) {
  const body = JSON.stringify({ resource: name, items });
  const sha256 = createHash('sha256').update(body).digest('hex');
  const url = `${name}.${sha256.slice(0, 16)}.json`;
  files.set(`/feed/${url}`, { body, cache: 'public, max-age=31536000, immutable' });
  resources[name] = { url, sha256, count: items.length };
}
const manifest = JSON.stringify({ schemaVersion: 1, version: 'bench', dataDate: '2026-01-01', sample: true, resources });
files.set('/feed/index.json', { body: manifest, cache: 'max-age=60', etag: '"bench"' });

const requests = new Map();
const server = createServer((request, response) => {
  const path = new URL(request.url, 'http://x').pathname;
  requests.set(path, (requests.get(path) ?? 0) + 1);
  const file = files.get(path);
  if (!file) return response.writeHead(404).end();
  if (file.etag && request.headers['if-none-match'] === file.etag) return response.writeHead(304, { etag: file.etag }).end();
  response.writeHead(200, { 'content-type': 'application/json', 'cache-control': file.cache, ...(file.etag ? { etag: file.etag } : {}) });
  response.end(file.body);
});
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
const feedUrl = `http://127.0.0.1:${server.address().port}/feed/index.json`;

try {
  const client = createClient({ feedUrl });
  const widget = (i) => Promise.all([client.kpis.get(`measure-${i}`), client.documents.list()]);
  const started = performance.now();
  await Promise.all(Array.from({ length: WIDGETS }, (_, i) => widget(i)));
  const firstPaint = performance.now() - started;
  const first = new Map(requests);
  await Promise.all(Array.from({ length: WIDGETS }, (_, i) => widget(i))); // every tile renders again
  const total = [...requests.values()].reduce((a, b) => a + b, 0);

  console.log(`${WIDGETS} concurrent KPI tiles (kpis.get + documents.list each = ${WIDGETS * 2} calls), one client:`);
  for (const [path, count] of first) console.log(`  ${String(count).padStart(3)} request(s)  GET ${path}`);
  console.log(`  ${[...first.values()].reduce((a, b) => a + b, 0)} requests in all (${firstPaint.toFixed(0)} ms on 127.0.0.1)`);
  console.log(`The same ${WIDGETS} tiles rendering again: ${total - [...first.values()].reduce((a, b) => a + b, 0)} more requests (served from memory)`);
} finally {
  server.close();
}

const size = await measureTileBundle();
const kb = (bytes) => `${(bytes / 1024).toFixed(2)} KB`;
console.log(`\nSDK as the KPI tile uses it (${size.imports.join(', ')}), esbuild minify + code splitting, gzip -9:`);
for (const chunk of size.chunks) console.log(`  ${kb(chunk.gzip).padStart(9)} gzip  ${kb(chunk.minified).padStart(9)} min  ${chunk.file}`);
console.log(`  ${kb(size.gzip).padStart(9)} gzip  ${kb(size.minified).padStart(9)} min  total loaded by the tile (budget ${kb(SDK_TILE_BUDGET)})`);
const minOf = (test) => size.inputs.filter((i) => test(i.file)).reduce((n, i) => n + i.bytes, 0);
const checker = minOf((f) => f.endsWith('packages/schema/src/check.ts'));
const schemas = minOf((f) => f.includes('packages/schema/src/generated/'));
const zod = minOf((f) => f.startsWith('zod/'));
console.log(`  of which validation: checker ${kb(checker)} min, JSON Schemas ${kb(schemas)} min (${size.inputs.filter((i) => i.file.includes('/generated/')).map((i) => i.file.split('/').pop()).join(', ')})`);
console.log(`  zod: ${kb(zod)} min${zod === 0 ? ' (zod validates at build time and in Node only)' : ' (zod reached the browser path!)'}`);
console.log('Loaded only when used (not by the tile):');
for (const chunk of size.lazy) console.log(`  ${kb(chunk.gzip).padStart(9)} gzip  ${chunk.file}`);
