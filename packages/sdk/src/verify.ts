import { canonicalPledgePayload, type Pledge } from '@luton2040/schema';

/** A registry public key: a JWK (`kty: "OKP"`, `crv: "Ed25519"`, optional `kid`) or the raw 32-byte key in base64url. */
export type RegistryKey = (JsonWebKey & { kid?: string }) | string;

/**
 * What a badge may say of a pledge:
 * - `verified`: signed by the registry key, active, not past its review date;
 * - `unsigned`: the record carries no signature (e.g. a sample pledge);
 * - `invalid-signature`: signed, but not by the registry key or altered since;
 * - `revoked`: the registry has withdrawn it;
 * - `expired`: its review date (`reviewOn`) has passed without renewal.
 */
export type PledgeVerification = 'verified' | 'unsigned' | 'invalid-signature' | 'expired' | 'revoked';

function fromBase64Url(text: string): Uint8Array<ArrayBuffer> {
  const binary = atob(text.replace(/-/g, '+').replace(/_/g, '/'));
  return Uint8Array.from(binary, (c) => c.charCodeAt(0));
}

/** Imports a registry key for Web Crypto (`Ed25519`, Node 20+, Chromium, Firefox, Safari 17+). */
export function importRegistryKey(key: RegistryKey): Promise<CryptoKey> {
  const { subtle } = globalThis.crypto;
  return typeof key === 'string'
    ? subtle.importKey('raw', fromBase64Url(key), { name: 'Ed25519' }, false, ['verify'])
    : subtle.importKey('jwk', key, { name: 'Ed25519' }, false, ['verify']);
}

/**
 * Checks a pledge against the registry's public key(s). A signature is checked first: a record whose
 * signature fails says nothing trustworthy, not even that it was revoked. `today` is `YYYY-MM-DD`.
 */
export async function verifyPledge(
  record: Pledge,
  publicKey: RegistryKey | readonly RegistryKey[],
  today = new Date().toISOString().slice(0, 10),
): Promise<PledgeVerification> {
  if (record.signature) {
    const keys = (Array.isArray(publicKey) ? publicKey : [publicKey]) as RegistryKey[];
    const named = keys.filter((k) => typeof k === 'object' && record.keyId !== undefined && k.kid === record.keyId);
    const payload = new TextEncoder().encode(canonicalPledgePayload(record));
    let valid = false;
    for (const key of named.length ? named : keys) {
      try {
        valid = await globalThis.crypto.subtle.verify('Ed25519', await importRegistryKey(key), fromBase64Url(record.signature), payload);
      } catch {
        valid = false; // a malformed key or signature is not a valid signature
      }
      if (valid) break;
    }
    if (!valid) return 'invalid-signature';
  }
  if (record.status === 'revoked') return 'revoked';
  if (record.reviewOn && record.reviewOn < today) return 'expired';
  return record.signature ? 'verified' : 'unsigned';
}
