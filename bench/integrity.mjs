// What checking a resource file's SHA-256 costs, beside what reading the file costs anyway
// (JSON.parse): in Node, and in headless Chromium with the main thread's long tasks counted.
// `npm run bench -- integrity` runs it on the suite's reference feed; alone, after
// `npm run build:packages && npm run build:feed`: node bench/integrity.mjs [FEED_DIR]
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { join } from 'node:path';
import puppeteer from 'puppeteer-core';
import { chromeArgs, chromePath } from '../scripts/chrome.mjs';

const feedDir = process.argv[2] ?? 'packages/data/dist/feed';
let files;
try {
  files = readdirSync(feedDir).filter((f) => /\.[0-9a-f]{16}\.json$/.test(f));
} catch {
  console.error(`${feedDir} is missing: run "npm run build:packages && npm run build:feed" first.`);
  process.exit(1);
}
const largest = files.sort((a, b) => statSync(join(feedDir, b)).size - statSync(join(feedDir, a)).size)[0];
const real = readFileSync(join(feedDir, largest));
// The most a client accepts (maxBytes, 5 MB): the same records repeated, as valid JSON.
const items = JSON.parse(real.toString('utf8')).items;
const copies = [];
let size = 0;
while (size < 5 * 1024 * 1024 - real.length) {
  copies.push(...items);
  size += real.length;
}
const worst = Buffer.from(JSON.stringify({ resource: 'bench', items: copies }));

const median = (values) => values.sort((a, b) => a - b)[Math.floor(values.length / 2)];
async function time(run, rounds) {
  const samples = [];
  for (let i = 0; i < rounds; i++) {
    const started = performance.now();
    await run();
    samples.push(performance.now() - started);
  }
  return median(samples);
}

const kb = (bytes) => `${(bytes / 1024).toFixed(0)} KB`;
const ms = (value) => `${value.toFixed(2)} ms`.padStart(10);
const cases = [
  [`${largest} (the largest resource of the feed)`, real, 200],
  ['a 5 MB resource (the maxBytes limit)', worst, 20],
];

console.log('Node (median of rounds):');
console.log(`  ${'file'.padEnd(62)} ${'SHA-256'.padStart(10)} ${'JSON.parse'.padStart(10)}  size`);
for (const [name, bytes, rounds] of cases) {
  const digest = await time(() => crypto.subtle.digest('SHA-256', bytes), rounds);
  const text = new TextDecoder().decode(bytes);
  const parse = await time(() => JSON.parse(text), rounds);
  console.log(`  ${name.padEnd(62)} ${ms(digest)} ${ms(parse)}  ${kb(bytes.length)}`);
}

// Web Crypto needs a secure context: a page from 127.0.0.1 is one, about:blank is not.
const server = createServer((_, response) => response.writeHead(200, { 'content-type': 'text/html' }).end('<!doctype html><title>bench</title>'));
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
const browser = await puppeteer.launch({ executablePath: chromePath(), args: chromeArgs, headless: true });
try {
  const page = await browser.newPage();
  await page.goto(`http://127.0.0.1:${server.address().port}/`);
  console.log('\nHeadless Chromium (median of rounds; "holds": how long the call keeps the main thread before it returns,');
  console.log('"result": until its answer; long tasks: main-thread tasks over 50 ms that started during the rounds):');
  console.log(`  ${''.padEnd(62)} ${'SHA-256 (crypto.subtle.digest)'.padEnd(39)} JSON.parse`);
  console.log(`  ${'file'.padEnd(62)} ${'holds'.padStart(10)} ${'result'.padStart(10)} ${'long tasks'.padStart(11)}   ${'holds'.padStart(10)} ${'long tasks'.padStart(11)}`);
  for (const [name, bytes, rounds] of cases) {
    const result = await page.evaluate(
      async (base64, rounds) => {
        const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
        const text = new TextDecoder().decode(bytes);
        const longTasks = [];
        new PerformanceObserver((list) => longTasks.push(...list.getEntries())).observe({ type: 'longtask' });
        const settle = () => new Promise((resolve) => setTimeout(resolve, 100));
        const median = (values) => values.sort((a, b) => a - b)[Math.floor(values.length / 2)];
        // How long each call holds the main thread (until it returns) and how long until its result,
        // and the long tasks that started inside the measured rounds.
        const measure = async (run) => {
          await settle();
          const held = [];
          const total = [];
          const windows = [];
          for (let i = 0; i < rounds; i++) {
            const started = performance.now();
            const pending = run();
            held.push(performance.now() - started);
            await pending;
            const ended = performance.now();
            total.push(ended - started);
            windows.push([started, ended]);
            await new Promise((resolve) => setTimeout(resolve, 5));
          }
          await settle();
          const inside = longTasks.filter((t) => windows.some(([from, to]) => t.startTime >= from - 1 && t.startTime <= to));
          return { held: median(held), total: median(total), longTasks: inside.length };
        };
        const digest = await measure(() => crypto.subtle.digest('SHA-256', bytes));
        const parse = await measure(async () => JSON.parse(text));
        return { digest, parse };
      },
      bytes.toString('base64'),
      rounds,
    );
    const { digest, parse } = result;
    console.log(
      `  ${name.padEnd(62)} ${ms(digest.held)} ${ms(digest.total)} ${`${digest.longTasks}/${rounds}`.padStart(11)}   ${ms(parse.held)} ${`${parse.longTasks}/${rounds}`.padStart(11)}`,
    );
  }
} finally {
  await browser.close();
  server.close();
}
