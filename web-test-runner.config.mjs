// Browser tests: every element test runs in the Debian Chromium, one group per test file.
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { chromeArgs, chromePath } from './scripts/chrome.mjs';

const executablePath = chromePath();

function testFiles(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return testFiles(path);
    return entry.name.endsWith('.test.ts') ? [path] : [];
  });
}

const files = testFiles('packages/elements/src');

export default {
  rootDir: '.',
  nodeResolve: { exportConditions: ['browser', 'development'] },
  plugins: [esbuildPlugin({ ts: true, target: 'es2022', tsconfig: 'tsconfig.base.json' })],
  browsers: [chromeLauncher({ launchOptions: { executablePath, args: chromeArgs } })],
  concurrency: 1,
  browserStartTimeout: 60_000,
  testsFinishTimeout: 180_000,
  testFramework: { config: { timeout: 10_000 } },
  groups: files.map((file) => ({ name: file.replace(/^packages\/elements\/src\//, '').replace(/\.test\.ts$/, ''), files: file })),
};
