import assert from 'node:assert/strict';
import { webcrypto } from 'node:crypto';
import { describe, it } from 'node:test';
import { canonicalPledgePayload, type Pledge } from '@luton2040/schema';
import { DEFAULT_VALID_DAYS, daysAfter, generateRegistryKey, keyIdOf, signPledges } from './signing.js';

const pledge: Pledge = {
  id: 'test-pledge',
  organisation: { id: 'test-org', name: 'Test Organisation (synthetic test data)' },
  commitments: [{ priority: 'net-zero', text: 'A synthetic commitment for the test.' }],
  partnershipPledges: ['pledge-1'],
  madeOn: '2026-01-01',
  registryUrl: 'https://example.org/registry/test-pledge',
  status: 'active',
  sample: true,
};

async function verifies(record: Pledge, publicKey: string): Promise<boolean> {
  const key = await webcrypto.subtle.importKey('raw', Buffer.from(publicKey, 'base64url'), { name: 'Ed25519' }, false, ['verify']);
  return webcrypto.subtle.verify('Ed25519', key, Buffer.from(record.signature!, 'base64url'), new TextEncoder().encode(canonicalPledgePayload(record)));
}

describe('pledge signing', () => {
  it('signs records so that the public key verifies them, with the key id covered', async () => {
    const key = await generateRegistryKey();
    const [signed] = await signPledges([pledge], key.privateJwk);
    assert.equal(signed!.keyId, key.keyId);
    assert.equal(key.keyId, keyIdOf(key.publicKey));
    assert.match(signed!.signature!, /^[A-Za-z0-9_-]{86}$/, 'a 64-byte Ed25519 signature in base64url');
    assert.equal(await verifies(signed!, key.publicKey), true);
  });

  it('gives a signature that fails once any field is altered, or under another key', async () => {
    const key = await generateRegistryKey();
    const other = await generateRegistryKey();
    const [signed] = await signPledges([pledge], key.privateJwk);
    assert.equal(await verifies({ ...signed!, partnershipPledges: ['pledge-1', 'pledge-2'] }, key.publicKey), false);
    assert.equal(await verifies({ ...signed!, status: 'revoked' }, key.publicKey), false);
    assert.equal(await verifies({ ...signed!, keyId: other.keyId }, key.publicKey), false);
    assert.equal(await verifies(signed!, other.publicKey), false);
  });

  it('refuses a key that is not an Ed25519 private JWK', async () => {
    await assert.rejects(signPledges([pledge], { kty: 'RSA' }), /Ed25519 private key as a JWK/);
  });

  it('stamps validUntil before signing, so that a copy served past it no longer verifies', async () => {
    const key = await generateRegistryKey();
    const [signed] = await signPledges([pledge], key.privateJwk, { validUntil: '2026-12-31' });
    assert.equal(signed!.validUntil, '2026-12-31');
    assert.equal(await verifies(signed!, key.publicKey), true);
    assert.equal(await verifies({ ...signed!, validUntil: '2099-12-31' }, key.publicKey), false, 'covered by the signature');
  });

  it('vouches for the records for a month by default', async () => {
    const key = await generateRegistryKey();
    const [signed] = await signPledges([pledge], key.privateJwk);
    assert.equal(signed!.validUntil, daysAfter(new Date(), DEFAULT_VALID_DAYS));
    assert.equal(DEFAULT_VALID_DAYS, 31);
  });

  it('refuses a validUntil that is not a date', async () => {
    const key = await generateRegistryKey();
    await assert.rejects(signPledges([pledge], key.privateJwk, { validUntil: 'next month' }), /validUntil must be a date/);
  });
});
