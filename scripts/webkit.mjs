// Where Debian's WebKitGTK is, and how to start it for the browser tests. The GTK MiniBrowser has no
// headless mode, so each run starts its own virtual X display (Xvfb picks a free one) and its own
// WebKitWebDriver on a free port, and stops both when the run ends.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createServer } from 'node:net';
import { constants } from 'node:os';

// Debian installs WebKitGTK's MiniBrowser under the multiarch library folder.
const multiarch = { x64: 'x86_64-linux-gnu', arm64: 'aarch64-linux-gnu' }[process.arch] ?? `${process.arch}-linux-gnu`;

export const webkitPaths = () => ({
  driver: process.env.WEBKIT_DRIVER_PATH ?? '/usr/bin/WebKitWebDriver',
  browser: process.env.WEBKIT_BROWSER_PATH ?? `/usr/lib/${multiarch}/webkit2gtk-4.1/MiniBrowser`,
  xvfb: process.env.XVFB_PATH ?? '/usr/bin/Xvfb',
});

/** One line saying how to install what WebKit needs when something is missing, else null. */
export function webkitMissing() {
  const { driver, browser, xvfb } = webkitPaths();
  const absent = [
    ['WebKitWebDriver', driver, 'WEBKIT_DRIVER_PATH'],
    ['MiniBrowser', browser, 'WEBKIT_BROWSER_PATH'],
    ['Xvfb', xvfb, 'XVFB_PATH'],
  ].filter(([, path]) => !existsSync(path));
  if (absent.length === 0) return null;
  const what = absent.map(([name, path, variable]) => `${name} not found at ${path} (or set ${variable})`).join(', ');
  return `WebKit: ${what}: run "apt-get install -y webkit2gtk-driver xvfb".`;
}

/** The last few KB a child printed, kept so that a failure to start can say why. */
function tail(stream) {
  let text = '';
  stream.setEncoding('utf8');
  // Always read, or a chatty child blocks once the pipe fills.
  stream.on('data', (chunk) => {
    text = (text + chunk).slice(-4000);
  });
  return () => text.trim();
}

function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

const exited = (child) => new Promise((resolve) => (child.exitCode !== null || child.signalCode !== null ? resolve() : child.once('exit', () => resolve())));

function failOnExit(child, name, output) {
  return exited(child).then(() => {
    throw new Error(`${name} exited (${child.exitCode ?? child.signalCode}) before it was ready: ${output() || 'it printed nothing'}`);
  });
}

function withTimeout(promise, ms, what) {
  let timer;
  const timeout = new Promise((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what} not ready after ${ms / 1000} s`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

/** Xvfb writes the display number it chose to the descriptor given by -displayfd once it accepts clients. */
async function startDisplay(xvfb, started) {
  const child = spawn(xvfb, ['-displayfd', '3', '-screen', '0', '1280x1024x24', '-nolisten', 'tcp'], { stdio: ['ignore', 'ignore', 'pipe', 'pipe'] });
  started.push(child);
  const output = tail(child.stderr);
  const number = new Promise((resolve) => {
    let text = '';
    child.stdio[3].on('data', (chunk) => {
      text += chunk;
      if (text.includes('\n')) resolve(text.trim());
    });
  });
  return `:${await withTimeout(Promise.race([number, failOnExit(child, 'Xvfb', output)]), 10_000, 'Xvfb')}`;
}

async function startDriver(driver, display, started) {
  const port = await freePort();
  const child = spawn(driver, [`--port=${port}`], { env: { ...process.env, DISPLAY: display }, stdio: ['ignore', 'pipe', 'pipe'] });
  started.push(child);
  const output = tail(child.stderr);
  tail(child.stdout);
  let waiting = true;
  const listening = (async () => {
    while (waiting) {
      const ready = await fetch(`http://127.0.0.1:${port}/status`).then((answer) => answer.ok, () => false);
      if (ready) return;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  })();
  try {
    await withTimeout(Promise.race([listening, failOnExit(child, 'WebKitWebDriver', output)]), 15_000, 'WebKitWebDriver');
  } finally {
    waiting = false;
  }
  return port;
}

/**
 * Starts a private X display and a WebKitWebDriver that opens MiniBrowser on it.
 * Resolves to the driver's port and a `stop` that ends both (also done if the process exits first).
 */
export async function startWebKit() {
  const { driver, xvfb } = webkitPaths();
  const started = [];
  const killAll = () => started.forEach((child) => child.kill());
  // Node runs no 'exit' handler when it is ended by a signal it does not handle (web-test-runner
  // handles only SIGINT): end the display and driver, then exit as that signal would have.
  const onSignal = (signal) => {
    killAll();
    process.exit(128 + constants.signals[signal]);
  };
  const signals = ['SIGTERM', 'SIGHUP'];
  process.once('exit', killAll);
  for (const signal of signals) process.once(signal, onSignal);
  const stop = async () => {
    process.off('exit', killAll);
    for (const signal of signals) process.off(signal, onSignal);
    for (const child of started.reverse()) {
      child.kill();
      await withTimeout(exited(child), 5000, 'exit').catch(() => child.kill('SIGKILL'));
    }
  };
  try {
    const display = await startDisplay(xvfb, started);
    const port = await startDriver(driver, display, started);
    return { port, display, stop };
  } catch (error) {
    await stop();
    throw error;
  }
}
