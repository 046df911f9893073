import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { after, before, describe, it } from 'node:test';
import { referenceFeed, type TestFeed } from '../test-feed.js';

const cli = fileURLToPath(new URL('./cli.ts', import.meta.url));
const run = (args: string[]) => spawnSync(process.execPath, ['--import', 'tsx', cli, ...args], { encoding: 'utf8' });

let feed: TestFeed;
let out: string;
before(async () => {
  feed = await referenceFeed();
  out = await mkdtemp(join(tmpdir(), 'luton2040-email-cli-'));
});
after(async () => {
  await feed.remove();
  await rm(out, { recursive: true, force: true });
});

describe('luton2040-email', () => {
  it('writes a snippet per widget, its images and a preview page, and reports their sizes', () => {
    const [kpi] = JSON.parse(readFileSync(join(feed.dir, readdirSync(feed.dir).find((f) => f.startsWith('kpis.'))!), 'utf8')).items as { id: string }[];
    const result = run(['--feed', feed.index, '--out', out, '--live-url', 'https://example.org/live', '--image-base-url', 'https://cdn.example.org/n/', `<luton-kpi kpi="${kpi!.id}"></luton-kpi>`, 'action-tracker']);
    assert.equal(result.status, 0, result.stderr);
    assert.match(result.stdout, new RegExp(`kpi-${kpi!.id}\\.html +\\d+\\.\\d KB`));
    for (const file of [`kpi-${kpi!.id}.html`, 'action-tracker.html', 'preview.html']) assert.ok(existsSync(join(out, file)), file);
    const snippet = readFileSync(join(out, `kpi-${kpi!.id}.html`), 'utf8');
    for (const [, src] of snippet.matchAll(/src="https:\/\/cdn\.example\.org\/n\/([^"]+)"/g)) assert.ok(existsSync(join(out, src!)), `${src} is written`);
  });

  it('explains what is missing and exits with 2', () => {
    const noLive = run(['--feed', feed.index, 'luton-kpi kpi=x']);
    assert.equal(noLive.status, 2);
    assert.match(noLive.stderr, /--live-url/);
    assert.equal(run(['--live-url', 'https://example.org/']).status, 2);
  });

  it('exits with 1 and one line when a widget cannot be drawn', () => {
    const result = run(['--feed', feed.index, '--out', out, '--live-url', 'https://example.org/', 'luton-kpi kpi=no-such-kpi']);
    assert.equal(result.status, 1);
    assert.match(result.stderr, /^luton2040-email: .*no-such-kpi/);
  });

  it('writes the snippets in the language --lang names, and refuses a value that is not a language tag', async () => {
    const { default: ro } = await import('@luton2040/elements/i18n/locales/ro.js');
    const dir = join(out, 'ro');
    const result = run(['--feed', feed.index, '--out', dir, '--live-url', 'https://example.org/live', '--lang', 'ro', 'action-tracker']);
    assert.equal(result.status, 0, result.stderr);
    const snippet = readFileSync(join(dir, 'action-tracker.html'), 'utf8');
    assert.match(snippet, /lang="ro" dir="ltr"/);
    assert.ok(snippet.includes(ro.email.seeItLive), 'the frame in Romanian');
    const bad = run(['--feed', feed.index, '--out', dir, '--live-url', 'https://example.org/live', '--lang', 'not a tag!', 'action-tracker']);
    assert.equal(bad.status, 2);
    assert.match(bad.stderr, /--lang "not a tag!" is not a language tag/);
  });
});
