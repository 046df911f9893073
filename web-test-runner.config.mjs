// Browser tests: every element test runs in Chromium, Firefox ESR and WebKitGTK (Debian's builds),
// one group per test file. `BROWSERS=chromium` (or firefox, webkit, or a comma list) runs fewer.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { faultFeedMiddleware } from './scripts/fault-feed-middleware.mjs';
import { serverRenderPlugin } from './scripts/server-render-plugin.mjs';
import { testBrowsers } from './scripts/test-browsers.mjs';

function testFiles(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return testFiles(path);
    return entry.name.endsWith('.test.ts') ? [path] : [];
  });
}

const files = testFiles('packages/elements/src');

/**
 * `*.csp.test.ts` files run in a page with a strict Content-Security-Policy: no 'unsafe-eval', no
 * inline styles, scripts only from this origin or with the page's nonce. Violations are reported
 * to the test through `securitypolicyviolation` events.
 */
const strictCsp = [
  "default-src 'self'",
  "script-src 'self' 'nonce-wtr'",
  "style-src 'self'",
  "img-src 'self' data:",
  "connect-src 'self' ws:",
  "object-src 'none'",
  "base-uri 'none'",
].join('; ');

const cspRunnerHtml = (testFramework) => `<!doctype html>
<html lang="en-GB">
  <head><meta http-equiv="Content-Security-Policy" content="${strictCsp}"></head>
  <body><script nonce="wtr" type="module" src="${testFramework}"></script></body>
</html>`;

/**
 * `*.polluted.test.ts` files run in a page whose Object.prototype a careless script has extended
 * before anything else loads (enumerable properties, as old CMS plugins add them).
 */
const pollutedRunnerHtml = (testFramework) => `<!doctype html>
<html lang="en-GB">
  <head><script>Object.prototype.polluted = 'from the host page'; Object.prototype.extend = function extend() {};</script></head>
  <body><script type="module" src="${testFramework}"></script></body>
</html>`;

const groupFor = (file) => ({
  name: file.replace(/^packages\/elements\/src\//, '').replace(/\.test\.ts$/, ''),
  files: file,
  ...(file.endsWith('.csp.test.ts') ? { testRunnerHtml: cspRunnerHtml } : {}),
  ...(file.endsWith('.polluted.test.ts') ? { testRunnerHtml: pollutedRunnerHtml } : {}),
});

export default {
  rootDir: '.',
  nodeResolve: { exportConditions: ['browser', 'development'] },
  // `/__fault-feed/…`: the demo feed, broken on demand, for the fault matrix (src/fault-matrix/).
  middleware: [faultFeedMiddleware()],
  plugins: [esbuildPlugin({ ts: true, target: 'es2022', tsconfig: 'tsconfig.base.json' }), serverRenderPlugin()],
  browsers: testBrowsers(),
  concurrency: 1,
  browserStartTimeout: 60_000,
  testsFinishTimeout: 180_000,
  testFramework: { config: { timeout: 10_000 } },
  groups: files.map(groupFor),
};
