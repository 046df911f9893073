// Where the Debian Firefox ESR is, for the browser tests. Puppeteer drives it over WebDriver BiDi,
// so no driver binary and no browser download is needed.
import { existsSync } from 'node:fs';

/** The Firefox to use: `FIREFOX_PATH`, else /usr/bin/firefox-esr. */
export const firefoxPath = () => process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';

/** One line saying how to install Firefox when it is missing, else null. */
export const firefoxMissing = () =>
  existsSync(firefoxPath()) ? null : `Firefox not found at ${firefoxPath()}: run "apt-get install -y firefox-esr" or set FIREFOX_PATH to a Firefox binary.`;
