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

const chromiumAt = () => process.env.CHROME_PATH ?? '/usr/bin/chromium';

/** One line saying how to install Chromium when it is missing, else null. */
export const chromeMissing = () =>
  existsSync(chromiumAt()) ? null : `Chromium not found at ${chromiumAt()}: run "apt-get install -y chromium" or set CHROME_PATH to a Chromium binary.`;

/** The Chromium to use: `CHROME_PATH`, else /usr/bin/chromium. Exits with one instruction when missing. */
export function chromePath() {
  const missing = chromeMissing();
  if (missing) {
    console.error(missing);
    process.exit(1);
  }
  return chromiumAt();
}
