// Test-server middleware for the browser fault matrix: `/__fault-feed/<session>/index.json` serves
// the built demo feed (reference data plus sample pledges and vacancies, so every kind of widget has
// data), and each test session can turn it into a broken feed, the way a feed, a network or a
// careless publisher breaks one: error statuses, a server that never answers or stalls half-way,
// truncated or empty bodies, an HTML page with 200, a dropped connection, a record that fails
// validation, bytes that differ from the manifest's hash, a file too large, a redirect loop.
//
//   GET /__fault-feed/<session>/__set?fault=<name>&target=all|files&snapshot=new   sets the session's fault
//   GET /__fault-feed/<session>/__hits                                             requests per path, as JSON
//
// `target=files` breaks only the resource files, not the manifest. `snapshot=new` has the manifest
// name a new snapshot (the same files under new addresses), so that a client holding the old one
// must fetch files again: how a bad deploy meets a page that has already read the feed.
// Needs `npm run build` (or `npm run build:demo`) first, as the server-render endpoint does.
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';

const PREFIX = '/__fault-feed/';
const FEED_DIR = resolve('dist/demo/feed');

/** Every fault a test can ask for. */
export const faultNames = [
  'none',
  'status-404',
  'status-500',
  'status-503',
  'status-429',
  'hang',
  'stall',
  'truncated',
  'html',
  'empty',
  'reset',
  'invalid-record',
  'integrity',
  'oversize',
  'redirect-loop',
];

const sha256 = (bytes) => createHash('sha256').update(bytes).digest('hex');

/** The demo feed's files as bytes, read once. */
let pristine;
function feedFiles() {
  if (pristine) return pristine;
  if (!existsSync(join(FEED_DIR, 'index.json'))) return undefined;
  pristine = new Map(
    readdirSync(FEED_DIR, { withFileTypes: true })
      .filter((entry) => entry.isFile() && entry.name.endsWith('.json'))
      .map((entry) => [entry.name, readFileSync(join(FEED_DIR, entry.name))]),
  );
  return pristine;
}

/**
 * The feed a publisher would have written with one record in each resource made invalid: the last
 * record with an `id` gets a number for it. The manifest names the new files' hashes, so only
 * validation can catch it.
 */
let withInvalidRecords;
function invalidRecordFeed(files) {
  if (withInvalidRecords) return withInvalidRecords;
  const manifest = JSON.parse(files.get('index.json').toString('utf8'));
  const out = new Map(files);
  for (const entry of Object.values(manifest.resources)) {
    const file = JSON.parse(files.get(entry.url).toString('utf8'));
    const last = file.items.findLastIndex((item) => typeof item.id === 'string');
    if (file.items.length < 2 || last < 0) continue;
    file.items[last] = { ...file.items[last], id: 42 };
    const bytes = Buffer.from(JSON.stringify(file));
    out.set(entry.url, bytes);
    entry.sha256 = sha256(bytes);
  }
  out.set('index.json', Buffer.from(JSON.stringify(manifest)));
  return (withInvalidRecords = out);
}

/** A file's bytes altered after the manifest was written: a figure changed, and a byte more. */
function tampered(bytes) {
  return Buffer.from(`${bytes.toString('utf8').replace(/"value":\s*-?[\d.]+/, '"value":99.9')} `);
}

/** A manifest naming a new snapshot: the same files under new addresses. */
function newSnapshot(bytes) {
  const manifest = JSON.parse(bytes.toString('utf8'));
  manifest.version = `${manifest.version}-next`;
  for (const entry of Object.values(manifest.resources)) entry.url = `${entry.url}?snapshot=next`;
  return Buffer.from(JSON.stringify(manifest));
}

/** Resolves when the browser gives up on the request (or after a minute, so nothing is held for ever). */
function untilClosed(ctx) {
  return new Promise((done) => {
    const timer = setTimeout(done, 60_000);
    ctx.res.once('close', () => (clearTimeout(timer), done()));
  });
}

const sessions = new Map();
const sessionOf = (id) => {
  if (!sessions.has(id)) sessions.set(id, { fault: 'none', target: 'all', snapshot: 'first', hits: {} });
  return sessions.get(id);
};

/**
 * Answers on the raw response, so that no later layer of the test server (which marks every file
 * cacheable for a year) changes what the feed says about caching.
 */
function send(ctx, status, headers, body) {
  ctx.respond = false;
  ctx.res.writeHead(status, { 'cache-control': 'no-store', ...headers });
  ctx.res.end(body);
}

const json = { 'content-type': 'application/json' };
const htmlType = { 'content-type': 'text/html; charset=utf-8' };

export function faultFeedMiddleware() {
  return async function faultFeed(ctx, next) {
    if (!ctx.path.startsWith(PREFIX)) return next();
    const [id, file] = ctx.path.slice(PREFIX.length).split('/');
    const session = sessionOf(id);
    if (file === '__set') {
      const fault = ctx.query.fault ?? 'none';
      if (!faultNames.includes(fault)) return send(ctx, 400, {}, `unknown fault "${fault}"; one of ${faultNames.join(', ')}`);
      Object.assign(session, { fault, target: ctx.query.target ?? 'all', snapshot: ctx.query.snapshot ?? 'first' });
      return send(ctx, 204, {});
    }
    if (file === '__hits') return send(ctx, 200, json, JSON.stringify(session.hits));
    session.hits[file] = (session.hits[file] ?? 0) + 1;

    const files = feedFiles();
    if (!files) return send(ctx, 500, {}, 'the built demo feed is missing: run "npm run build" first');
    const isManifest = file === 'index.json';
    const applies = session.fault !== 'none' && (session.target === 'all' || !isManifest);
    const fault = applies ? session.fault : 'none';
    // A publisher's mistake, not a transport fault: the manifest names the broken files' hashes.
    const feed = session.fault === 'invalid-record' ? invalidRecordFeed(files) : files;
    let bytes = feed.get(file);
    if (!bytes) return send(ctx, 404, json, '{"error":"not found"}');
    if (isManifest && session.snapshot === 'new') bytes = newSnapshot(bytes);
    // The manifest must be asked for each time, with no grace period, so that a client notices a broken feed at once.
    const caching = { 'cache-control': isManifest ? 'no-cache, stale-while-revalidate=0' : 'public, max-age=31536000, immutable' };

    switch (fault) {
      case 'status-404':
      case 'status-500':
      case 'status-503': {
        const status = Number(fault.slice('status-'.length));
        return send(ctx, status, htmlType, `<!doctype html><title>${status}</title><h1>Error ${status}</h1>`);
      }
      case 'status-429':
        return send(ctx, 429, { ...json, 'retry-after': '1' }, '{"error":"slow down"}');
      case 'hang':
        ctx.respond = false;
        return untilClosed(ctx);
      case 'stall':
        ctx.respond = false;
        ctx.res.writeHead(200, { ...json, 'cache-control': 'no-store' });
        ctx.res.write(bytes.subarray(0, Math.min(100, bytes.length >> 1)));
        return untilClosed(ctx);
      case 'truncated':
        return send(ctx, 200, { ...json, ...caching }, bytes.subarray(0, bytes.length >> 1));
      case 'html':
        return send(ctx, 200, htmlType, '<!doctype html><html><head><title>Page not found</title></head><body><p>Sorry, that page has moved.</p></body></html>');
      case 'empty':
        return send(ctx, 200, { ...json, ...caching }, '');
      case 'reset':
        ctx.respond = false;
        ctx.req.socket.destroy();
        return;
      case 'integrity':
        return send(ctx, 200, { ...json, ...caching }, tampered(bytes));
      case 'oversize':
        // Valid JSON, 6 MB of it: past the SDK's 5 MB limit.
        return send(ctx, 200, json, Buffer.concat([Buffer.from('{"resource":"x","items":['), Buffer.alloc(6 * 1024 * 1024, 0x20), Buffer.from(']}')]));
      case 'redirect-loop':
        return send(ctx, 302, { location: ctx.url }, '');
      default:
        return send(ctx, 200, { ...json, ...caching }, bytes);
    }
  };
}
