import { createHash, webcrypto } from 'node:crypto';
import { canonicalPledgePayload, isoDatePattern, type Pledge } from '@luton2040/schema';
import { DEFAULT_VALID_DAYS } from './signing-defaults.js';

const { subtle } = webcrypto;

/** A registry signing key: the private half stays with the publisher, the public half goes to every page. */
export interface RegistryKeyPair {
  /** Private key as a JWK (`kty: OKP`, `crv: Ed25519`, with `d`). Never commit or publish it. */
  privateJwk: JsonWebKey;
  /** Public key, raw 32 bytes in base64url: what `<luton-data registry-key>` takes. */
  publicKey: string;
  /** Short id of the public key, written into each signed record as `keyId`. */
  keyId: string;
}

const base64url = (bytes: ArrayBuffer | Uint8Array) => Buffer.from(bytes instanceof Uint8Array ? bytes : new Uint8Array(bytes)).toString('base64url');

/** The key id of a public key: the first 16 hex digits of its SHA-256. */
export function keyIdOf(publicKey: string): string {
  return createHash('sha256').update(Buffer.from(publicKey, 'base64url')).digest('hex').slice(0, 16);
}

/** Makes a new Ed25519 key pair for the pledge registry (the demo makes a throwaway one per build). */
export async function generateRegistryKey(): Promise<RegistryKeyPair> {
  const pair = (await subtle.generateKey({ name: 'Ed25519' }, true, ['sign', 'verify'])) as webcrypto.CryptoKeyPair;
  const privateJwk = (await subtle.exportKey('jwk', pair.privateKey)) as JsonWebKey;
  const publicKey = base64url(await subtle.exportKey('raw', pair.publicKey));
  return { privateJwk, publicKey, keyId: keyIdOf(publicKey) };
}

/** The public key (raw, base64url) of a private Ed25519 JWK, whose `x` member is exactly that. */
export function publicKeyOf(privateJwk: JsonWebKey): string {
  if (privateJwk.kty !== 'OKP' || privateJwk.crv !== 'Ed25519' || !privateJwk.x || !privateJwk.d) {
    throw new Error('the signing key must be an Ed25519 private key as a JWK (kty "OKP", crv "Ed25519", with "x" and "d")');
  }
  return privateJwk.x;
}

export { DEFAULT_VALID_DAYS };

/** `YYYY-MM-DD`, `days` after `from` (UTC). */
export function daysAfter(from: Date, days: number): string {
  return new Date(from.getTime() + days * 86_400_000).toISOString().slice(0, 10);
}

export interface SignOptions {
  /**
   * The last day (`YYYY-MM-DD`) the signatures vouch for the records. A copy served after that
   * (for instance an old, validly signed `active` record after the registry revoked it) no longer
   * verifies. Default: {@link DEFAULT_VALID_DAYS} days from today.
   */
  validUntil?: string;
}

/**
 * Signs each pledge over `canonicalPledgePayload` (the record without its signature), stamping
 * the key id and `validUntil` first so that both are covered by the signature too.
 */
export async function signPledges(pledges: readonly Pledge[], privateJwk: JsonWebKey, options: SignOptions = {}): Promise<Pledge[]> {
  const keyId = keyIdOf(publicKeyOf(privateJwk));
  const validUntil = options.validUntil ?? daysAfter(new Date(), DEFAULT_VALID_DAYS);
  if (!isoDatePattern.test(validUntil) || Number.isNaN(Date.parse(validUntil))) {
    throw new Error(`validUntil must be a date like 2026-12-31 (got "${validUntil}")`);
  }
  const key = await subtle.importKey('jwk', privateJwk, { name: 'Ed25519' }, false, ['sign']);
  return Promise.all(
    pledges.map(async (pledge) => {
      const { signature: _old, ...unsigned } = pledge;
      const stamped: Pledge = { ...unsigned, keyId, validUntil };
      const signature = await subtle.sign('Ed25519', key, new TextEncoder().encode(canonicalPledgePayload(stamped)));
      return { ...stamped, signature: base64url(signature) };
    }),
  );
}
