// What two faults cost a reader, measured once with the client's default options: the time until
// a read of a feed that never answers gives up, and the requests a redirect loop costs. Pass the
// SDK to measure (default: this checkout's build), to compare it with another build side by side:
//   node bench/faults.mjs [path/to/sdk/dist/index.js]
import { createServer } from 'node:http';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

const sdkPath = resolve(process.argv[2] ?? 'packages/sdk/dist/index.js');
const { createClient } = await import(pathToFileURL(sdkPath).href).catch(() => {
  console.error(`${sdkPath} is missing: run "npm run build:packages" first, or give the path of an SDK build.`);
  process.exit(1);
});

const requests = new Map();
const server = createServer((request, response) => {
  const path = new URL(request.url, 'http://x').pathname;
  requests.set(path, (requests.get(path) ?? 0) + 1);
  if (path === '/hang/index.json') return; // never answers
  if (path === '/loop/index.json') return response.writeHead(302, { location: '/loop/index.json' }).end();
  const hop = /^\/chain\/(\d+)$/.exec(path);
  if (hop) return response.writeHead(302, { location: `/chain/${Number(hop[1]) + 1}` }).end();
  response.writeHead(404).end();
});
await new Promise((ok) => server.listen(0, '127.0.0.1', ok));
const base = `http://127.0.0.1:${server.address().port}`;
const total = (prefix) => [...requests].filter(([path]) => path.startsWith(prefix)).reduce((n, [, count]) => n + count, 0);

async function outcome(feedUrl) {
  const started = performance.now();
  const error = await createClient({ feedUrl, onDroppedRecord: () => {} })
    .manifest()
    .then(() => undefined, (e) => e);
  return { ms: performance.now() - started, error };
}

console.log(`SDK: ${sdkPath}, default options`);
try {
  const hang = await outcome(`${base}/hang/index.json`);
  console.log(`  a feed that never answers: ${(hang.ms / 1000).toFixed(1)} s to ${hang.error?.name}: ${hang.error?.message} (${total('/hang/')} request(s))`);
  const loop = await outcome(`${base}/loop/index.json`);
  console.log(`  a redirect loop (an address redirecting to itself): ${total('/loop/')} request(s), then ${loop.error?.name}`);
  const chain = await outcome(`${base}/chain/1`);
  console.log(`  endless redirects (each to a new address): ${total('/chain/')} request(s), then ${chain.error?.name}`);
} finally {
  server.closeAllConnections();
  server.close();
}
