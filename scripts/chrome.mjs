// Where the Debian Chromium is and how to start it headless as root, for every browser tool here.
import { existsSync } from 'node:fs';

export const chromeArgs = [
  '--no-sandbox',
  '--headless',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

/** The Chromium to use: `CHROME_PATH`, else /usr/bin/chromium. Exits with one instruction when missing. */
export function chromePath() {
  const path = process.env.CHROME_PATH ?? '/usr/bin/chromium';
  if (!existsSync(path)) {
    console.error(`Chromium not found at ${path}: run "apt-get install -y chromium" or set CHROME_PATH to a Chromium binary.`);
    process.exit(1);
  }
  return path;
}
