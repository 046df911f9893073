import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { canonicalPledgePayload, type Pledge } from '@luton2040/schema';
import { createClient } from '../client.js';
import { LutonError, NotFoundError } from '../errors.js';
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
