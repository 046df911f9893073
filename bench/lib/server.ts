/**
 * The suite's web server on 127.0.0.1. It serves folders as a static host would (or forwards to
 * another server, for the demo), never caches, can hold responses back to play a slow network,
 * and logs every request with its timing and size, which is how the suite counts what a page
 * fetched and how many requests it made in a row.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { createServer, request as httpRequest, type IncomingHttpHeaders } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { gzipSync } from 'node:zlib';

const types: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
};

export interface ServedRequest {
  path: string;
  status: number;
  contentType: string;
  /** When the request arrived and when its response was written, on the server's clock (ms). */
  arrived: number;
  finished: number;
  /** The body as sent (uncompressed); `gzipSize(body)` is its size as gzip -9 would send it. */
  body: Buffer;
}

/** A URL prefix served from a folder, e.g. `/cdn/` from packages/elements/dist/cdn. */
export interface Mount {
  prefix: string;
  dir: string;
}

export interface BenchServer {
  /** `http://127.0.0.1:PORT` */
  base: string;
  /** Every request since the last `clear()`, in arrival order. */
  requests: ServedRequest[];
  /** How long to hold each response back (ms); 0 by default. */
  delay: (path: string, contentType: string) => number;
  clear(): void;
  /** The server's clock, comparable with `arrived` and `finished`. */
  now(): number;
  close(): Promise<void>;
}

const gzipSizes = new WeakMap<Buffer, number>();

/** gzip -9 size of a body, worked out when first asked for (never while a page waits). */
export function gzipSize(body: Buffer): number {
  let size = gzipSizes.get(body);
  if (size === undefined) gzipSizes.set(body, (size = gzipSync(body, { level: 9 }).length));
  return size;
}

// A file's bytes stay one Buffer while it is unchanged, so that its gzip size is worked out once.
const files = new Map<string, { mtime: number; body: Buffer }>();
function readCached(file: string): Buffer {
  const mtime = statSync(file).mtimeMs;
  let cached = files.get(file);
  if (!cached || cached.mtime !== mtime) files.set(file, (cached = { mtime, body: readFileSync(file) }));
  return cached.body;
}

function fromMounts(mounts: readonly Mount[], path: string): { body: Buffer; type: string } | undefined {
  for (const { prefix, dir } of mounts) {
    if (!path.startsWith(prefix)) continue;
    const root = resolve(dir);
    const rest = path.slice(prefix.length);
    const file = normalize(join(root, rest === '' || rest.endsWith('/') ? `${rest}index.html` : rest));
    if (!file.startsWith(root) || !existsSync(file) || !statSync(file).isFile()) return undefined;
    return { body: readCached(file), type: types[extname(file)] ?? 'application/octet-stream' };
  }
  return undefined;
}

function fromUpstream(upstream: string, path: string, headers: IncomingHttpHeaders): Promise<{ status: number; body: Buffer; headers: IncomingHttpHeaders }> {
  return new Promise((ok, fail) => {
    const target = new URL(path, upstream);
    // Uncompressed from upstream, so that sizes are measured the same way as for local files.
    const forward = httpRequest(target, { headers: { ...headers, host: target.host, 'accept-encoding': 'identity' } }, (response) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('end', () => ok({ status: response.statusCode ?? 502, body: Buffer.concat(chunks), headers: response.headers }));
      response.on('error', fail);
    });
    forward.on('error', fail);
    forward.end();
  });
}

/** Serves `mounts`, and forwards every other path to `upstream` when one is given. */
export function startServer(options: { mounts?: Mount[]; upstream?: string }): Promise<BenchServer> {
  const mounts = options.mounts ?? [];
  const state: BenchServer = {
    base: '',
    requests: [],
    delay: () => 0,
    clear: () => void (state.requests = []),
    now: () => performance.now(),
    close: () => new Promise((done) => server.close(() => done())),
  };
  const server = createServer(async (req, res) => {
    const entry: ServedRequest = { path: '', status: 0, contentType: '', arrived: performance.now(), finished: Number.NaN, body: Buffer.alloc(0) };
    state.requests.push(entry);
    const url = new URL(req.url ?? '/', 'http://x');
    const path = decodeURIComponent(url.pathname);
    entry.path = path;
    let status = 200;
    let body: Buffer;
    let contentType: string;
    const local = fromMounts(mounts, path);
    if (local) {
      body = local.body;
      contentType = local.type;
    } else if (options.upstream) {
      try {
        const answer = await fromUpstream(options.upstream, `${url.pathname}${url.search}`, req.headers);
        status = answer.status;
        body = answer.body;
        contentType = String(answer.headers['content-type'] ?? 'application/octet-stream');
        if (answer.headers.location) res.setHeader('location', answer.headers.location);
      } catch (error) {
        status = 502;
        body = Buffer.from(String(error));
        contentType = 'text/plain';
      }
    } else {
      status = 404;
      body = Buffer.from('Not found');
      contentType = 'text/plain';
    }
    const wait = state.delay(path, contentType);
    if (wait > 0) await new Promise((done) => setTimeout(done, wait));
    Object.assign(entry, { path, status, contentType, body });
    res.on('finish', () => (entry.finished = performance.now()));
    res.writeHead(status, { 'content-type': contentType, 'cache-control': 'no-store', 'content-length': body.length });
    res.end(body);
  });
  return new Promise((ok) =>
    server.listen(0, '127.0.0.1', () => {
      state.base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
      ok(state);
    }),
  );
}
