// web-test-runner launcher for WebKitGTK: the stock WebDriver launcher, pointed at a WebKitWebDriver
// (and virtual display) that this launcher starts with the run and stops when the run ends.
import { WebdriverLauncher } from '@web/test-runner-webdriver';
import { startWebKit, webkitPaths } from './webkit.mjs';

export class WebKitLauncher extends WebdriverLauncher {
  constructor() {
    super({
      hostname: '127.0.0.1',
      port: 0, // set once the driver is listening
      logLevel: 'error',
      capabilities: {
        // MiniBrowser only accepts automation sessions when started with --automation.
        'webkitgtk:browserOptions': { binary: webkitPaths().browser, args: ['--automation'] },
      },
    });
  }

  async initialize(config, testFiles) {
    await super.initialize(config, testFiles);
    this.name = 'WebKit';
  }

  async startSession(id, url) {
    // Started with the first test file rather than in initialize(), so a run that never reaches
    // WebKit (a failed build, a filtered run) starts no X server.
    this.webkit ??= startWebKit().then((webkit) => {
      this.options.port = webkit.port;
      return webkit;
    });
    await this.webkit;
    return super.startSession(id, url);
  }

  async stop() {
    await super.stop();
    const webkit = await this.webkit?.catch(() => undefined);
    await webkit?.stop();
    this.webkit = undefined;
  }
}
