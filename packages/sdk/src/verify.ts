import { canonicalPledgePayload, type Pledge } from '@luton2040/schema';
import { ConfigurationError } from './pledge-errors.js';

/** A registry public key: a JWK (`kty: "OKP"`, `crv: "Ed25519"`, optional `kid`) or the raw 32-byte key in base64url. */
export type RegistryKey = (JsonWebKey & { kid?: string }) | string;

/**
 * What a badge may say of a pledge:
 * - `verified`: signed by the registry key, active, made by today, within its `validUntil` and its review date;
 * - `unsigned`: the record carries no signature (e.g. a sample pledge);
 * - `invalid-signature`: signed, but not by the registry key or altered since;
 * - `revoked`: the registry has withdrawn it;
 * - `future-dated`: its `madeOn` is after today;
 * - `expired`: its review date (`reviewOn`) has passed without renewal;
 * - `outdated`: the registry's signed confirmation (`validUntil`) has run out, or the record has
 *   none: an older copy may be served after the registry revoked it, so it is no longer vouched for.
 */
export type PledgeVerification = 'verified' | 'unsigned' | 'invalid-signature' | 'expired' | 'revoked' | 'future-dated' | 'outdated';

/** Base64url without padding, exactly 32 bytes: the only raw Ed25519 public key there is. */
const rawKey = /^[A-Za-z0-9_-]{42}[AEIMQUYcgkosw048]$/;

function fromBase64Url(text: string): Uint8Array<ArrayBuffer> {
  const binary = atob(text.replace(/-/g, '+').replace(/_/g, '/'));
  return Uint8Array.from(binary, (c) => c.charCodeAt(0));
}

/**
 * Imports a registry key for Web Crypto (`Ed25519`, Node 20+, Chromium, Firefox, Safari 17+). A key
 * that is not an Ed25519 public key is the page's configuration at fault, not the record's: a
 * `ConfigurationError`, never an "invalid signature".
 */
export async function importRegistryKey(key: RegistryKey): Promise<CryptoKey> {
  const { subtle } = globalThis.crypto;
  const invalid = (cause?: unknown) =>
    new ConfigurationError(
      `The pledge registry key ${typeof key === 'string' ? `"${key.length > 60 ? `${key.slice(0, 60)}…` : key}"` : '(a JWK)'} is not an Ed25519 public key: give the raw 32-byte key in base64url (43 characters) or a JWK with kty "OKP" and crv "Ed25519"`,
      'registryPublicKey',
      'invalid',
      { cause },
    );
  if (typeof key === 'string' && !rawKey.test(key)) throw invalid();
  if (typeof key !== 'string' && (typeof key !== 'object' || key === null || key.kty !== 'OKP' || key.crv !== 'Ed25519')) throw invalid();
  try {
    return typeof key === 'string'
      ? await subtle.importKey('raw', fromBase64Url(key), { name: 'Ed25519' }, false, ['verify'])
      : await subtle.importKey('jwk', key, { name: 'Ed25519' }, false, ['verify']);
  } catch (cause) {
    throw invalid(cause);
  }
}

/**
 * Checks a pledge against the registry's public key(s). A signature is checked first: a record whose
 * signature fails says nothing trustworthy, not even that it was revoked. Then what the record says
 * of itself, judged on `today` (`YYYY-MM-DD`): withdrawn, made in the future, past its review date,
 * past the registry's `validUntil`. Only the record's own fields are read, never anything a page
 * added to Object.prototype. Throws `ConfigurationError` when a key is not an Ed25519 public key.
 */
export async function verifyPledge(
  record: Pledge,
  publicKey: RegistryKey | readonly RegistryKey[],
  today = new Date().toISOString().slice(0, 10),
): Promise<PledgeVerification> {
  const field = <K extends keyof Pledge>(key: K): Pledge[K] | undefined => (Object.hasOwn(record, key) ? record[key] : undefined);
  const signature = field('signature');
  if (signature) {
    const keys = (Array.isArray(publicKey) ? publicKey : [publicKey]) as RegistryKey[];
    const imported = await Promise.all(keys.map(importRegistryKey));
    const keyId = field('keyId');
    const named = imported.filter((_, i) => {
      const key = keys[i]!;
      return typeof key === 'object' && keyId !== undefined && key.kid === keyId;
    });
    const payload = new TextEncoder().encode(canonicalPledgePayload(record));
    let valid = false;
    for (const key of named.length ? named : imported) {
      try {
        valid = await globalThis.crypto.subtle.verify('Ed25519', key, fromBase64Url(signature), payload);
      } catch {
        valid = false; // a malformed signature is not a valid signature
      }
      if (valid) break;
    }
    if (!valid) return 'invalid-signature';
  }
  const reviewOn = field('reviewOn');
  const validUntil = field('validUntil');
  if (field('status') === 'revoked') return 'revoked';
  if ((field('madeOn') ?? '') > today) return 'future-dated';
  if (reviewOn && reviewOn < today) return 'expired';
  if (!signature) return 'unsigned';
  if (!validUntil || validUntil < today) return 'outdated';
  return 'verified';
}
