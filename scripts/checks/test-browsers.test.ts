// The engines of the browser tests: BROWSERS is read as the README says, a missing engine is named
// with the command that installs it, and WebKit's private display and driver start, answer and stop.
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { describe, it } from 'node:test';

// Plain ES modules shared with web-test-runner's config, imported by path so tsc leaves them be.
const enginesModule = '../test-browsers.mjs';
const webkitModule = '../webkit.mjs';
const { checkEngines }: { checkEngines: (list?: string) => { names: string[]; problems: string[] } } = await import(enginesModule);
const { startWebKit, webkitMissing }: { startWebKit: () => Promise<{ port: number; display: string; stop(): Promise<void> }>; webkitMissing: () => string | null } =
  await import(webkitModule);

/** Runs `run` with environment variables set (or removed, for `undefined`), then puts them back. */
async function withEnv<T>(vars: Record<string, string | undefined>, run: () => T | Promise<T>): Promise<T> {
  const saved = Object.fromEntries(Object.keys(vars).map((name) => [name, process.env[name]]));
  const put = (values: Record<string, string | undefined>) => {
    for (const [name, value] of Object.entries(values)) {
      if (value === undefined) delete process.env[name];
      else process.env[name] = value;
    }
  };
  put(vars);
  try {
    return await run();
  } finally {
    put(saved);
  }
}

const driverAnswers = (port: number) => fetch(`http://127.0.0.1:${port}/status`).then((answer) => answer.ok, () => false);
const displaySocket = (display: string) => `/tmp/.X11-unix/X${display.slice(1)}`;

describe("the browser tests' engine list", () => {
  it('is all three unless BROWSERS names some, in any case and spacing', async () => {
    await withEnv({ BROWSERS: undefined }, () => assert.deepEqual(checkEngines().names, ['chromium', 'firefox', 'webkit']));
    await withEnv({ BROWSERS: ' WebKit, chromium ' }, () => assert.deepEqual(checkEngines().names, ['webkit', 'chromium']));
  });

  it('refuses an engine it does not know, listing the ones it does', () => {
    const { problems } = checkEngines('chromium,safari');
    assert.deepEqual(problems, ['BROWSERS=chromium,safari: expected a comma-separated list of chromium, firefox, webkit.']);
  });

  it('names a missing engine with the command that installs it, and how to run without it', async () => {
    const { problems } = await withEnv({ FIREFOX_PATH: '/nonexistent/firefox', WEBKIT_DRIVER_PATH: '/nonexistent/WebKitWebDriver' }, () => checkEngines('firefox,webkit'));
    assert.deepEqual(problems, [
      'Firefox not found at /nonexistent/firefox: run "apt-get install -y firefox-esr" or set FIREFOX_PATH to a Firefox binary.',
      'WebKit: WebKitWebDriver not found at /nonexistent/WebKitWebDriver (or set WEBKIT_DRIVER_PATH): run "apt-get install -y webkit2gtk-driver xvfb".',
      'To run the browser tests in the other engines only, set BROWSERS (for example BROWSERS=chromium).',
    ]);
  });

  it('starts WebKit on a private display and a free port, and stops both', { skip: webkitMissing() ?? false }, async () => {
    const webkit = await startWebKit();
    assert.ok(existsSync(displaySocket(webkit.display)), `Xvfb listens on ${webkit.display}`);
    assert.equal(await driverAnswers(webkit.port), true, 'WebKitWebDriver answers');
    await webkit.stop();
    assert.equal(existsSync(displaySocket(webkit.display)), false, 'the display is gone');
    assert.equal(await driverAnswers(webkit.port), false, 'the driver is gone');
  });

  it('says why WebKit could not start', { skip: webkitMissing() ?? false }, async () => {
    await withEnv({ WEBKIT_DRIVER_PATH: '/bin/false' }, () => assert.rejects(startWebKit(), /^Error: WebKitWebDriver exited \(1\) before it was ready/));
  });
});
