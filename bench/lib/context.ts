/**
 * What every part of the suite is given: the number of runs, one Chromium, the suite's server
 * (the CDN build, the reference feed, the baselines and pages) and, for the parts that load the
 * demo, the demo server as `npm start` runs it, behind the suite's server so that its requests are
 * logged and can be slowed.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import { join } from 'node:path';
import type { Browser } from 'puppeteer-core';
import { launchBrowser } from './browser.js';
import { readFeed, type Feed } from './feed.js';
import { buildDir, cdnDir, feedDir, root, wwwDir } from './paths.js';
import { startServer, type BenchServer } from './server.js';

/** Scaled copies of the feed are written here and served at `/feeds/NAME/`. */
export const feedsDir = join(buildDir, 'feeds');

export interface Context {
  /** Runs per variant: `--runs N` when given, else the part's own default. */
  runs(fallback: number): number;
  browser(): Promise<Browser>;
  /** Chromium's version, when a part has started it. */
  browserVersion(): Promise<string | undefined>;
  server(): Promise<BenchServer>;
  /** The reference feed served at /feed/. */
  feed(): Feed;
  /** The demo (examples/index.html at `/examples/`), served by scripts/serve.mjs. */
  demo(): Promise<BenchServer>;
  close(): Promise<void>;
}

function freePort(): Promise<number> {
  return new Promise((ok, fail) => {
    const probe = createServer();
    probe.on('error', fail);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => ok(port));
    });
  });
}

/** Starts the demo server and resolves with the address it prints. */
async function startDemo(): Promise<{ child: ChildProcess; base: string }> {
  const port = await freePort();
  const child = spawn(process.execPath, [join(root, 'scripts/serve.mjs')], { cwd: root, env: { ...process.env, PORT: String(port) }, stdio: ['ignore', 'pipe', 'inherit'] });
  const base = await new Promise<string>((ok, fail) => {
    let output = '';
    const timer = setTimeout(() => fail(new Error(`scripts/serve.mjs printed no address within 30 s: ${output}`)), 30_000);
    child.stdout!.on('data', (chunk: Buffer) => {
      output += chunk;
      const url = /https?:\/\/[^\s]+/.exec(output)?.[0];
      if (url) {
        clearTimeout(timer);
        ok(new URL(url).origin.replace('localhost', '127.0.0.1'));
      }
    });
    child.on('exit', (code) => fail(new Error(`scripts/serve.mjs exited (${code}) before printing its address: ${output}`)));
  });
  return { child, base };
}

export function createContext(runsOverride: number | undefined): Context {
  let browser: Promise<Browser> | undefined;
  let server: Promise<BenchServer> | undefined;
  let demo: Promise<{ child: ChildProcess; proxy: BenchServer }> | undefined;
  let feed: Feed | undefined;
  return {
    runs: (fallback) => runsOverride ?? fallback,
    browser: () => (browser ??= launchBrowser()),
    browserVersion: async () => (browser ? (await browser).version() : undefined),
    server: () =>
      (server ??= startServer({
        mounts: [
          { prefix: '/cdn/', dir: cdnDir },
          { prefix: '/feed/', dir: feedDir },
          { prefix: '/feeds/', dir: feedsDir },
          { prefix: '/bench/', dir: wwwDir },
        ],
      })),
    feed: () => (feed ??= readFeed(feedDir)),
    demo: async () => {
      demo ??= startDemo().then(async ({ child, base }) => ({ child, proxy: await startServer({ upstream: base }) }));
      return (await demo).proxy;
    },
    async close() {
      const ignore = () => undefined;
      await (await browser?.catch(ignore))?.close();
      await (await server?.catch(ignore))?.close();
      const started = await demo?.catch(ignore);
      if (started) {
        await started.proxy.close();
        started.child.kill('SIGTERM');
      }
    },
  };
}
