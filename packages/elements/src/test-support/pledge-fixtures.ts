import { canonicalPledgePayload, type Pledge } from '@luton2040/schema';

/** Synthetic test data: an organisation's pledge, unsigned. */
export function testPledge(overrides: Partial<Pledge> = {}): Pledge {
  return {
    id: 'test-pledge',
    organisation: { id: 'test-org', name: 'Test Organisation (test data)', url: 'https://example.org/test-org' },
    commitments: [
      { priority: 'inclusive-economy', text: 'Pay at least the Real Living Wage (test commitment).' },
      { priority: 'net-zero', text: 'Publish an active-travel plan (test commitment).' },
    ],
    partnershipPledges: ['pledge-1', 'pledge-3'],
    madeOn: '2026-01-10',
    reviewOn: '2027-01-10',
    registryUrl: 'https://example.org/registry/test-pledge',
    status: 'active',
    sample: true,
    ...overrides,
  };
}

const base64url = (bytes: ArrayBuffer) => btoa(String.fromCharCode(...new Uint8Array(bytes))).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');

/**
 * A new Ed25519 key pair and its raw public key. WebKitGTK 2.50 fails about one generateKey or raw
 * exportKey in a hundred with an OperationError, so a throwaway test key is simply made again. Widgets
 * never make keys (the publisher signs in Node); importing a key and verifying, which they do, works
 * in every engine.
 */
async function throwawayKeyPair(): Promise<{ pair: CryptoKeyPair; publicKey: string }> {
  for (let attempt = 1; ; attempt += 1) {
    try {
      const pair = (await crypto.subtle.generateKey({ name: 'Ed25519' }, true, ['sign', 'verify'])) as CryptoKeyPair;
      return { pair, publicKey: base64url(await crypto.subtle.exportKey('raw', pair.publicKey)) };
    } catch (error) {
      if (attempt === 5 || !(error instanceof DOMException && error.name === 'OperationError')) throw error;
    }
  }
}

/** A throwaway registry key made in the browser, and a signer using it, as the publisher signs. */
export async function testRegistry(): Promise<{ publicKey: string; sign(pledge: Pledge): Promise<Pledge> }> {
  const { pair, publicKey } = await throwawayKeyPair();
  return {
    publicKey,
    async sign(pledge) {
      const stamped = { ...pledge, keyId: 'test-key' };
      const signature = await crypto.subtle.sign('Ed25519', pair.privateKey, new TextEncoder().encode(canonicalPledgePayload(stamped)));
      return { ...stamped, signature: base64url(signature) };
    },
  };
}

/** The Luton 2040 priorities and ESS partnership pledges a badge names (synthetic, shaped as the feed's). */
export const testPriorities = [
  { id: 'inclusive-economy', order: 1, title: 'Building a more inclusive economy', targetOutcomes: [], developments2028: [], citation: { doc: 'test-doc', section: 'Test' } },
  { id: 'net-zero', order: 4, title: 'Becoming a net zero town', targetOutcomes: [], developments2028: [], citation: { doc: 'test-doc', section: 'Test' } },
];

export const testPledgeSchemes = [1, 2, 3].map((n) => ({
  scheme: 'ess-partnership',
  kind: 'partnership-pledge',
  id: `pledge-${n}`,
  order: n,
  text: `Partnership pledge ${n} (test text).`,
  citation: { doc: 'test-doc', section: 'Test' },
}));
