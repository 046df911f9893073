// What the example checks share: a static server for the repository (with the demo server's short
// addresses), a stand-in for the public CDN, Chromium, and a record of what each page printed.
import { existsSync, readFileSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, resolve } from 'node:path';
import { DEFAULT_FEED_URL, type Kpi } from '@luton2040/sdk';
import puppeteer, { type Browser, type HTTPRequest, type Page } from 'puppeteer-core';

// A variable specifier, because the shared Chromium settings are JavaScript without type declarations.
const chromeModule = '../chrome.mjs';
const { chromeArgs, chromePath }: { chromeArgs: string[]; chromePath: () => string } = await import(chromeModule);

export const ROOT = resolve('.');
export const CDN_DIR = join(ROOT, 'packages/elements/dist/cdn');
/** The demo feed the examples read: the reference data plus the sample pledges and vacancies. */
export const FEED_DIR = join(ROOT, 'dist/demo/feed');
export const ELEMENTS_VERSION: string = JSON.parse(readFileSync(join(ROOT, 'packages/elements/package.json'), 'utf8')).version;
/** The loader's public, version-pinned address, as the docs and the WordPress plugin give it. */
export const PINNED_LOADER_URL = `https://cdn.jsdelivr.net/npm/@luton2040/elements@${ELEMENTS_VERSION}/dist/cdn/luton2040.js`;

for (const [what, file] of [
  ['the CDN loader', join(CDN_DIR, 'luton2040.js')],
  ['the demo feed', join(FEED_DIR, 'index.json')],
] as const) {
  if (!existsSync(file)) throw new Error(`${what} is missing (${file}): run "npm run build" first.`);
}

const types: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.mjs': 'text/javascript',
  '.json': 'application/json',
  '.css': 'text/css',
  '.map': 'application/json',
  '.csv': 'text/csv',
  '.svg': 'image/svg+xml',
};
export const contentType = (file: string) => types[extname(file)] ?? 'application/octet-stream';

/** Addresses served from somewhere other than the same path under the repository. */
const routes: [prefix: string, dir: string][] = [
  ['/feed/', FEED_DIR],
  ['/cdn/', CDN_DIR],
];

/** Maps a request path to a file under `dir`, refusing anything that climbs out of it. */
function fileUnder(dir: string, path: string): string | undefined {
  const file = join(dir, normalize(path));
  if (!file.startsWith(dir)) return undefined;
  if (existsSync(file) && statSync(file).isDirectory()) return join(file, 'index.html');
  return file;
}

export interface ExampleServer {
  url: string;
  /** Serves `dir` at `/<prefix>/` from now on (test fixtures made in a temporary folder). */
  mount(prefix: string, dir: string): void;
  close(): Promise<void>;
}

/** The repository as the demo server (`npm start`) serves it, on 127.0.0.1 and a free port. */
export async function startServer(): Promise<ExampleServer> {
  const mounts = [...routes];
  const server: Server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    // The demo's throwaway signing key sits beside its public half: never serve the private one.
    if (/private/i.test(path)) return res.writeHead(404).end('Not found');
    let file: string | undefined;
    if (path === '/demo/registry-key.json') file = join(ROOT, 'dist/demo/registry/registry-public.json');
    else {
      const mount = mounts.find(([prefix]) => path.startsWith(prefix));
      file = mount ? fileUnder(mount[1], path.slice(mount[0].length)) : fileUnder(ROOT, path);
    }
    if (!file || !existsSync(file)) return res.writeHead(404).end('Not found');
    res.writeHead(200, { 'content-type': contentType(file), 'cache-control': 'no-store' }).end(readFileSync(file));
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    mount: (prefix, dir) => mounts.unshift([`/${prefix.replace(/^\/|\/$/g, '')}/`, dir]),
    close: () => new Promise((ok) => server.close(() => ok())),
  };
}

export function launchChromium(): Promise<Browser> {
  return puppeteer.launch({ executablePath: chromePath(), args: chromeArgs, headless: true });
}

/** Public addresses a partner page uses, answered from the local build (the published feed by `feedDir`): the tests never go online. */
const publicCdn = (feedDir: string): [prefix: string, dir: string][] => [
  [PINNED_LOADER_URL.replace(/luton2040\.js$/, ''), CDN_DIR],
  [DEFAULT_FEED_URL.replace(/index\.json$/, ''), feedDir],
];

/**
 * Answers requests for the public CDN from the local build (with the CORS header the CDN sends),
 * lets requests to the test server through, and refuses everything else. `block` refuses matching
 * addresses too, to see a page as it is before (or without) its scripts; `feedDir` is the folder that
 * answers for the published feed (default: the demo feed).
 */
export async function standInForPublicCdn(page: Page, block?: RegExp, feedDir = FEED_DIR): Promise<void> {
  await page.setRequestInterception(true);
  page.on('request', (request: HTTPRequest) => {
    const url = request.url();
    if (block?.test(url)) return void request.abort('blockedbyclient');
    if (url.startsWith('http://127.0.0.1:') || url.startsWith('data:') || url.startsWith('blob:')) return void request.continue();
    const match = publicCdn(feedDir).find(([prefix]) => url.startsWith(prefix));
    const file = match && fileUnder(match[1], new URL(url).pathname.slice(new URL(match[0]).pathname.length));
    if (!file || !existsSync(file)) return void request.abort('internetdisconnected');
    void request.respond({
      status: 200,
      contentType: contentType(file),
      headers: { 'access-control-allow-origin': '*' },
      body: readFileSync(file),
    });
  });
}

export interface ConsoleRecord {
  type: string;
  text: string;
}

/** Everything the page prints and throws, from now on. */
export function recordConsole(page: Page): ConsoleRecord[] {
  const records: ConsoleRecord[] = [];
  page.on('console', (message) => records.push({ type: message.type(), text: message.text() }));
  page.on('pageerror', (error) => records.push({ type: 'pageerror', text: String(error) }));
  return records;
}

/** The built feed's records of one resource, read from disk (the figures the widgets must show). */
export function feedResource<T = unknown>(name: string): T[] {
  const index = JSON.parse(readFileSync(join(FEED_DIR, 'index.json'), 'utf8'));
  return JSON.parse(readFileSync(join(FEED_DIR, index.resources[name].url), 'utf8')).items;
}

export const feedKpis = () => feedResource<Kpi>('kpis');
