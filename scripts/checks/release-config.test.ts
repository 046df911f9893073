// The release configuration (config/registry-public.json) is well formed, the webmasters' guide
// carries what it says, and a wrong key is refused with the file and the field named.
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, test } from 'node:test';

// Variable specifiers: these modules are plain JavaScript without type declarations.
const guideModule = '../webmaster-guide.mjs';
const configModule = '../release-config.mjs';
const { expectedGuide, GUIDE }: { expectedGuide(configFile?: string): string; GUIDE: string } = await import(guideModule);
const { readRegistryKey, keyIdOf }: { readRegistryKey(file?: string): { keyId: string; publicKey: string } | undefined; keyIdOf(key: string): string } = await import(configModule);

const work = mkdtempSync(join(tmpdir(), 'luton2040-config-'));
after(() => rmSync(work, { recursive: true, force: true }));
const configFile = (name: string, value: unknown) => {
  const file = join(work, `${name}.json`);
  writeFileSync(file, typeof value === 'string' ? value : JSON.stringify(value));
  return file;
};
// A well-formed Ed25519 public key (32 bytes, base64url): its value does not matter to these checks.
const KEY = Buffer.alloc(32, 7).toString('base64url');

describe('release configuration', () => {
  test('config/registry-public.json is a registry key, or null while the council has none', () => {
    const key = readRegistryKey();
    if (key) assert.equal(key.keyId, keyIdOf(key.publicKey));
  });

  test("the webmasters' guide gives the configured key (npm run build:docs writes it)", () => {
    assert.equal(readFileSync(GUIDE, 'utf8'), expectedGuide(), `${GUIDE} is out of date: run "npm run build:docs"`);
  });

  test('the guide gives a configured key once, on <luton-data>, and says so when there is none', () => {
    const withKey = expectedGuide(configFile('with-key', { keyId: keyIdOf(KEY), publicKey: KEY }));
    assert.ok(withKey.includes(`<luton-data registry-key="${KEY}">`));
    assert.ok(withKey.includes(`registry-key="${KEY}"]`), 'the WordPress shortcode carries it too');
    const without = expectedGuide(configFile('without', { keyId: null, publicKey: null }));
    assert.doesNotMatch(without, /registry-key="[A-Za-z0-9_-]{43}"/, 'no made-up key');
    assert.match(without, /has not published its key/);
  });

  test('a wrong key is refused, naming the file and the field', () => {
    assert.throws(() => readRegistryKey(configFile('short', { keyId: 'abc', publicKey: 'abc' })), /short\.json: publicKey must be/);
    assert.throws(() => readRegistryKey(configFile('mismatch', { keyId: '0000000000000000', publicKey: KEY })), new RegExp(`mismatch\\.json: keyId must be "${keyIdOf(KEY)}"`));
    assert.throws(() => readRegistryKey(configFile('half', { keyId: null, publicKey: KEY })), /half\.json: keyId must be/);
    assert.throws(() => readRegistryKey(configFile('broken', '{ "publicKey": ')), /broken\.json: cannot read/);
  });
});
