// Headless Debian Chromium for the build checks, started the one way that works as root here.
import puppeteer, { type Browser } from 'puppeteer-core';

// A variable specifier, because the shared Chromium settings are JavaScript without type declarations.
const chromeModule = '../../chrome.mjs';
const { chromeArgs, chromePath }: { chromeArgs: string[]; chromePath: () => string } = await import(chromeModule);

export function launchChromium(): Promise<Browser> {
  return puppeteer.launch({ executablePath: chromePath(), args: chromeArgs, headless: true });
}
