import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { canonicalPledgePayload, type Pledge } from '@luton2040/schema';
import { createClient } from '../client.js';
import { LutonError, NotFoundError } from '../errors.js';
import { ConfigurationError, UnreadableRecordError } from '../pledge-errors.js';
import { buildFeed, feedRoutes, testClock } from '../test-feed.js';
import { startServer, type TestServer } from '../test-server.js';
import { verifyPledge } from '../verify.js';

const { subtle } = globalThis.crypto;
const base64url = (bytes: ArrayBuffer) => Buffer.from(bytes).toString('base64url');

/** A sample pledge (test data). */
function pledge(id: string, organisation: string, extra: Partial<Pledge> = {}): Pledge {
  return {
    id,
    organisation: { id: organisation, name: `Synthetic organisation ${organisation}` },
    commitments: [{ priority: 'inclusive-economy', text: 'Synthetic commitment (test data)' }],
    partnershipPledges: ['pledge-1'],
    madeOn: '2026-01-10',
    reviewOn: '2027-01-10',
    validUntil: '2026-12-31',
    registryUrl: `https://registry.example/pledges/${id}`,
    status: 'active',
    sample: true,
    ...extra,
  };
}

async function sign(record: Pledge, key: CryptoKey, keyId?: string): Promise<Pledge> {
  const unsigned = { ...record, ...(keyId ? { keyId } : {}) };
  const signature = await subtle.sign('Ed25519', key, new TextEncoder().encode(canonicalPledgePayload(unsigned)));
  return { ...unsigned, signature: base64url(signature) };
}

describe('pledge verification', () => {
  let keys: CryptoKeyPair;
  let otherKeys: CryptoKeyPair;
  let raw: string;
  let jwk: JsonWebKey & { kid?: string };
  before(async () => {
    keys = (await subtle.generateKey({ name: 'Ed25519' }, true, ['sign', 'verify'])) as CryptoKeyPair;
    otherKeys = (await subtle.generateKey({ name: 'Ed25519' }, true, ['sign', 'verify'])) as CryptoKeyPair;
    raw = base64url(await subtle.exportKey('raw', keys.publicKey));
    jwk = { ...(await subtle.exportKey('jwk', keys.publicKey)), kid: 'registry-2026' };
  });

  it('verifies a registry-signed pledge with a raw key or a JWK', async () => {
    const signed = await sign(pledge('p1', 'org-a'), keys.privateKey);
    assert.equal(await verifyPledge(signed, raw, '2026-06-01'), 'verified');
    assert.equal(await verifyPledge(signed, jwk, '2026-06-01'), 'verified');
  });

  it('says unsigned, invalid-signature, revoked and expired when they apply', async () => {
    assert.equal(await verifyPledge(pledge('p1', 'org-a'), raw, '2026-06-01'), 'unsigned');
    const signed = await sign(pledge('p1', 'org-a'), keys.privateKey);
    const tampered = { ...signed, partnershipPledges: ['pledge-1', 'pledge-2'] as Pledge['partnershipPledges'] };
    assert.equal(await verifyPledge(tampered, raw, '2026-06-01'), 'invalid-signature');
    assert.equal(await verifyPledge(await sign(pledge('p1', 'org-a'), otherKeys.privateKey), raw, '2026-06-01'), 'invalid-signature');
    assert.equal(await verifyPledge({ ...signed, signature: 'not-a-signature' }, raw, '2026-06-01'), 'invalid-signature');
    assert.equal(await verifyPledge(await sign(pledge('p1', 'org-a', { status: 'revoked' }), keys.privateKey), raw, '2026-06-01'), 'revoked');
    assert.equal(await verifyPledge(signed, raw, '2027-02-01'), 'expired');
  });

  it('picks the key named by keyId among several', async () => {
    const signed = await sign(pledge('p1', 'org-a'), keys.privateKey, 'registry-2026');
    const other = { ...(await subtle.exportKey('jwk', otherKeys.publicKey)), kid: 'registry-2025' };
    assert.equal(await verifyPledge(signed, [other, jwk], '2026-06-01'), 'verified');
  });

  describe('client.pledges', () => {
    let server: TestServer;
    let feedUrl: string;
    before(async () => {
      const feed = buildFeed({
        pledges: [
          await sign(pledge('org-a-2025', 'org-a', { madeOn: '2025-01-10' }), keys.privateKey),
          await sign(pledge('org-a-2026', 'org-a'), keys.privateKey),
          pledge('org-b-2026', 'org-b'),
          await sign(pledge('org-c-2026', 'org-c', { status: 'revoked' }), keys.privateKey),
        ],
      });
      server = await startServer(feedRoutes(feed));
      feedUrl = server.url('/feed/index.json');
    });
    after(() => server.close());

    it('gets an organisation’s newest pledge with its verification', async () => {
      const client = createClient({ feedUrl, registryPublicKey: raw, clock: testClock() });
      const found = await client.pledges.get('org-a');
      assert.equal(found.id, 'org-a-2026');
      assert.equal(found.verification, 'verified');
      assert.equal((await client.pledges.get('org-b')).verification, 'unsigned');
      assert.equal((await client.pledges.get('org-c')).verification, 'revoked');
      await assert.rejects(client.pledges.get('org-z'), NotFoundError);
    });

    it('lists by organisation, leaving revoked pledges out unless asked', async () => {
      const client = createClient({ feedUrl, registryPublicKey: raw });
      assert.deepEqual((await client.pledges.list()).map((p) => p.id), ['org-a-2025', 'org-a-2026', 'org-b-2026']);
      assert.deepEqual((await client.pledges.list({ organisation: 'org-c', includeRevoked: true })).map((p) => p.id), ['org-c-2026']);
    });

    it('refuses to call a signed pledge anything without a registry key', async () => {
      const client = createClient({ feedUrl });
      await assert.rejects(client.pledges.get('org-a'), (e) => e instanceof LutonError && /registryPublicKey/.test(e.message));
    });
  });
});

describe('pledge records that cannot be read, keys that cannot work, records that are out of date', () => {
  let keys: CryptoKeyPair;
  let raw: string;
  before(async () => {
    keys = (await subtle.generateKey({ name: 'Ed25519' }, true, ['sign', 'verify'])) as CryptoKeyPair;
    raw = base64url(await subtle.exportKey('raw', keys.publicKey));
  });

  /** A client over a feed of the given pledge records (raw: they may be invalid); `null` for no key at all. */
  async function clientOf(records: unknown[], registryPublicKey: unknown = raw) {
    const server = await startServer(feedRoutes(buildFeed({ pledges: records })));
    const client = createClient({
      feedUrl: server.url('/feed/index.json'),
      ...(registryPublicKey === null ? {} : { registryPublicKey: registryPublicKey as string }),
      clock: testClock(),
      onDroppedRecord: () => {},
    });
    return { client, close: () => server.close() };
  }

  const malformed: [string, (record: Pledge) => unknown][] = [
    ['an empty signature', (r) => ({ ...r, signature: '' })],
    ['a signature that is not base64url', (r) => ({ ...r, signature: '!!!!' })],
    ['a padded base64 signature', (r) => ({ ...r, signature: `${r.signature}==` })],
    ['a number for a signature', (r) => ({ ...r, signature: 12345 })],
    ['an upper-case HTTPS:// website', (r) => ({ ...r, organisation: { ...r.organisation, url: 'HTTPS://EXAMPLE.ORG/' } })],
  ];
  for (const [what, spoil] of malformed) {
    it(`reports a record with ${what} as unreadable, never as "no pledge"`, async () => {
      const good = await sign(pledge('org-ok-2026', 'org-ok'), keys.privateKey);
      const bad = spoil(await sign(pledge('org-x-2026', 'org-x'), keys.privateKey));
      const { client, close } = await clientOf([good, bad]);
      try {
        for (const call of [() => client.pledges.get('org-x'), () => client.pledges.latest('org-x')]) {
          await assert.rejects(call(), (error) => {
            assert.ok(!(error instanceof NotFoundError), 'not "no pledge"');
            assert.ok(error instanceof UnreadableRecordError, String(error));
            assert.equal(error.organisation, 'org-x');
            assert.ok(error.problems.length > 0);
            assert.match(error.message, /record for "org-x" could not be read/);
            return true;
          });
        }
        assert.equal((await client.pledges.get('org-ok')).verification, 'verified', 'other organisations are unaffected');
      } finally {
        await close();
      }
    });
  }

  it('cannot say "no pledge" while a record that does not name its organisation readably is in the registry', async () => {
    const good = await sign(pledge('org-ok-2026', 'org-ok'), keys.privateKey);
    const { client, close } = await clientOf([good, { id: 'broken', organisation: 'not an object' }]);
    try {
      await assert.rejects(client.pledges.get('org-nobody'), (error) => error instanceof UnreadableRecordError && error.organisation === undefined);
      assert.equal((await client.pledges.get('org-ok')).verification, 'verified');
    } finally {
      await close();
    }
    const clean = await clientOf([good]);
    try {
      await assert.rejects(clean.client.pledges.get('org-nobody'), NotFoundError, 'every record readable: "no pledge" is true');
    } finally {
      await clean.close();
    }
  });

  for (const [what, key] of [
    ['text that is not a key', 'not-a-key'],
    ['a key of the wrong length', 'AAAAAAAAAAAAAAAAAAAAAA'],
    ['a JWK of another kind', { kty: 'RSA', n: 'AQAB', e: 'AQAB' }],
  ] as const) {
    it(`calls a registry key that is ${what} a configuration error, not an altered record`, async () => {
      const signed = await sign(pledge('org-a-2026', 'org-a'), keys.privateKey);
      await assert.rejects(verifyPledge(signed, key as never, '2026-06-01'), (error) => {
        assert.ok(error instanceof ConfigurationError, String(error));
        assert.equal(error.option, 'registryPublicKey');
        assert.equal(error.kind, 'invalid');
        return true;
      });
      const { client, close } = await clientOf([signed], key);
      try {
        await assert.rejects(client.pledges.get('org-a'), (error) => error instanceof ConfigurationError && error.kind === 'invalid');
      } finally {
        await close();
      }
    });
  }

  it('calls a missing key a configuration error too', async () => {
    const { client, close } = await clientOf([await sign(pledge('org-a-2026', 'org-a'), keys.privateKey)], null);
    try {
      await assert.rejects(client.pledges.get('org-a'), (error) => error instanceof ConfigurationError && error.kind === 'missing');
    } finally {
      await close();
    }
  });

  it('does not verify a validly signed active record once its validUntil has passed (the registry may have revoked it since)', async () => {
    const replayed = await sign(pledge('org-a-2026', 'org-a', { validUntil: '2026-03-31' }), keys.privateKey);
    assert.equal(await verifyPledge(replayed, raw, '2026-06-01'), 'outdated');
    assert.equal(await verifyPledge(replayed, raw, '2026-03-31'), 'verified', 'valid through the day it names');
    const { validUntil: _, ...undated } = pledge('org-a-2026', 'org-a');
    assert.equal(await verifyPledge(await sign(undated, keys.privateKey), raw, '2026-06-01'), 'outdated', 'a signed record must say until when');
    const extended = { ...replayed, validUntil: '2099-12-31' };
    assert.equal(await verifyPledge(extended, raw, '2026-06-01'), 'invalid-signature', 'validUntil is covered by the signature');
  });

  it('does not verify a pledge made in the future', async () => {
    const early = await sign(pledge('org-a-2026', 'org-a', { madeOn: '2026-09-01' }), keys.privateKey);
    assert.equal(await verifyPledge(early, raw, '2026-06-01'), 'future-dated');
    assert.equal(await verifyPledge(early, raw, '2026-09-01'), 'verified');
  });
});
