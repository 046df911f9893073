import type { Pledge } from '@luton2040/schema';
import type { PledgeVerification, RegistryKey } from './verify.js';

/**
 * Checks a pledge against the registry's public key(s) with Web Crypto (Ed25519). A signature is
 * checked first: a record whose signature fails says nothing trustworthy, not even that it was
 * revoked; then revocation, a `madeOn` after `today` (`YYYY-MM-DD`), expiry (`reviewOn` before
 * `today`) and the registry's `validUntil`. Throws `ConfigurationError` for a key that is not an
 * Ed25519 public key. The code loads on first use, so that pages without pledge badges never download it.
 */
export async function verifyPledge(
  record: Pledge,
  publicKey: RegistryKey | readonly RegistryKey[],
  today?: string,
): Promise<PledgeVerification> {
  return (await import('./verify.js')).verifyPledge(record, publicKey, today);
}
