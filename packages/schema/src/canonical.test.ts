import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { canonicalJson, canonicalPledgePayload } from './canonical.js';
import { Pledge } from './pledge.js';

const pledge: Pledge = {
  id: 'sample-bakery',
  organisation: { id: 'sample-bakery-ltd', name: 'Sample Bakery Ltd (sample)', url: 'https://example.org/sample-bakery' },
  commitments: [
    { priority: 'inclusive-economy', category: 'fair-pay-and-employment', text: 'Pay the Real Living Wage (sample).' },
    { priority: 'net-zero', text: 'Electric deliveries (sample).' },
  ],
  partnershipPledges: ['pledge-1', 'pledge-3'],
  madeOn: '2026-03-14',
  reviewOn: '2027-03-14',
  registryUrl: 'https://example.org/luton2040/pledges/sample-bakery',
  status: 'active',
  sample: true,
  keyId: 'registry-2026',
};

describe('canonicalPledgePayload', () => {
  it('sorts keys at every depth, keeps array order, and has no white space', () => {
    assert.equal(
      canonicalPledgePayload(pledge),
      '{"commitments":[{"category":"fair-pay-and-employment","priority":"inclusive-economy","text":"Pay the Real Living Wage (sample)."},' +
        '{"priority":"net-zero","text":"Electric deliveries (sample)."}],"id":"sample-bakery","keyId":"registry-2026","madeOn":"2026-03-14",' +
        '"organisation":{"id":"sample-bakery-ltd","name":"Sample Bakery Ltd (sample)","url":"https://example.org/sample-bakery"},' +
        '"partnershipPledges":["pledge-1","pledge-3"],"registryUrl":"https://example.org/luton2040/pledges/sample-bakery",' +
        '"reviewOn":"2027-03-14","sample":true,"status":"active"}',
    );
  });

  it('leaves out the signature, so that signing does not change what was signed', () => {
    assert.equal(canonicalPledgePayload({ ...pledge, signature: 'c2lnbmF0dXJl' }), canonicalPledgePayload(pledge));
  });

  it('does not depend on the order keys were written in', () => {
    const reversed = (value: unknown): unknown =>
      Array.isArray(value)
        ? value.map(reversed)
        : value !== null && typeof value === 'object'
          ? Object.fromEntries(Object.entries(value).reverse().map(([k, v]) => [k, reversed(v)]))
          : value;
    const shuffled = reversed(pledge) as Pledge;
    assert.notEqual(JSON.stringify(shuffled), JSON.stringify(pledge));
    assert.equal(canonicalPledgePayload(shuffled), canonicalPledgePayload(pledge));
  });

  it('changes when any signed field changes', () => {
    assert.notEqual(canonicalPledgePayload({ ...pledge, status: 'revoked' }), canonicalPledgePayload(pledge));
    assert.notEqual(canonicalPledgePayload({ ...pledge, commitments: pledge.commitments.slice(1) }), canonicalPledgePayload(pledge));
  });

  it('gives every payload as valid JSON that round-trips to the record without its signature', () => {
    assert.deepEqual(JSON.parse(canonicalPledgePayload({ ...pledge, signature: 'abc' })), pledge);
    assert.equal(canonicalJson({ b: undefined, a: [1, 'x', null] }), '{"a":[1,"x",null]}');
  });
});

describe('Pledge schema', () => {
  it('accepts a record with a base64url signature and rejects a padded one', () => {
    assert.ok(Pledge.safeParse({ ...pledge, signature: 'AbC-_9' }).success);
    assert.ok(!Pledge.safeParse({ ...pledge, signature: 'AbC=' }).success);
  });
});
