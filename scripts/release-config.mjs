// Reads the release configuration (config/), with an error that names the file and the field when
// it is wrong, so that a mistyped key fails the build instead of shipping badges that never verify.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** The release's registry key file: `LUTON2040_REGISTRY_CONFIG` when set (tests), else config/registry-public.json. */
export const registryConfigFile = () => process.env.LUTON2040_REGISTRY_CONFIG ?? fileURLToPath(new URL('../config/registry-public.json', import.meta.url));

/** The key id `luton2040-feed keygen` and the signer give a public key: first 16 hex digits of its SHA-256. */
export const keyIdOf = (publicKey) => createHash('sha256').update(Buffer.from(publicKey, 'base64url')).digest('hex').slice(0, 16);

/**
 * The pledge registry's public key as the release configures it: `{ keyId, publicKey }`, or
 * `undefined` while the council has not set one (both fields `null`).
 */
export function readRegistryKey(file = registryConfigFile()) {
  let config;
  try {
    config = JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    throw new Error(`${file}: cannot read the registry key configuration (${error.message})`);
  }
  const { keyId = null, publicKey = null } = config ?? {};
  if (keyId === null && publicKey === null) return undefined;
  if (typeof publicKey !== 'string' || !/^[A-Za-z0-9_-]{43}$/.test(publicKey)) {
    throw new Error(`${file}: publicKey must be the Ed25519 public key as 43 base64url characters (as "luton2040-feed keygen" writes it), or null with keyId null`);
  }
  if (keyId !== keyIdOf(publicKey)) {
    throw new Error(`${file}: keyId must be "${keyIdOf(publicKey)}", the id of this publicKey (copy registry-public.json from keygen unchanged)`);
  }
  return { keyId, publicKey };
}
