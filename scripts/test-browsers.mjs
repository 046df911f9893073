// The engines the browser tests run in. All three by default; `BROWSERS=firefox` (or a comma list
// such as `BROWSERS=chromium,webkit`) runs only those while developing.
import { chromeLauncher, puppeteerCore } from '@web/test-runner-chrome';
import { chromeArgs, chromeMissing, chromePath } from './chrome.mjs';
import { firefoxMissing, firefoxPath } from './firefox.mjs';
import { WebKitLauncher } from './webkit-launcher.mjs';
import { webkitMissing } from './webkit.mjs';

// Passing puppeteer-core itself makes the launcher name its browser ("Chromium", "Firefox")
// instead of calling every engine "Chrome"; it is the same puppeteer-core either way.
const engines = {
  chromium: {
    missing: chromeMissing,
    launcher: () => chromeLauncher({ puppeteer: puppeteerCore, launchOptions: { executablePath: chromePath(), args: chromeArgs } }),
  },
  firefox: {
    missing: firefoxMissing,
    // Puppeteer speaks WebDriver BiDi to Firefox; headless needs no display.
    launcher: () => chromeLauncher({ puppeteer: puppeteerCore, launchOptions: { browser: 'firefox', executablePath: firefoxPath(), headless: true } }),
  },
  webkit: { missing: webkitMissing, launcher: () => new WebKitLauncher() },
};

/** The engines named in `list` (default: `BROWSERS`, else every engine), and one line per problem with them. */
export function checkEngines(list = process.env.BROWSERS) {
  const names = [...new Set((list ?? Object.keys(engines).join(',')).split(',').map((name) => name.trim().toLowerCase()).filter(Boolean))];
  const unknown = names.filter((name) => !Object.hasOwn(engines, name));
  if (unknown.length > 0 || names.length === 0) {
    return { names, problems: [`BROWSERS=${list ?? ''}: expected a comma-separated list of ${Object.keys(engines).join(', ')}.`] };
  }
  const missing = names.map((name) => engines[name].missing()).filter(Boolean);
  if (missing.length > 0) missing.push('To run the browser tests in the other engines only, set BROWSERS (for example BROWSERS=chromium).');
  return { names, problems: missing };
}

/** One web-test-runner launcher for each engine in `BROWSERS`. Exits with one line per problem. */
export function testBrowsers(list) {
  const { names, problems } = checkEngines(list);
  if (problems.length > 0) {
    for (const line of problems) console.error(line);
    process.exit(1);
  }
  return names.map((name) => engines[name].launcher());
}
