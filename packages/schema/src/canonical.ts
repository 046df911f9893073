import type { Pledge } from './pledge.js';

/**
 * JSON with object keys sorted at every depth and no white space, undefined members left out
 * (as `JSON.stringify` does). Arrays keep their order: order is meaningful in them.
 */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value);
  if (Array.isArray(value)) return `[${value.map((v) => (v === undefined ? 'null' : canonicalJson(v))).join(',')}]`;
  const members = Object.keys(value)
    .sort()
    .filter((key) => (value as Record<string, unknown>)[key] !== undefined)
    .map((key) => `${JSON.stringify(key)}:${canonicalJson((value as Record<string, unknown>)[key])}`);
  return `{${members.join(',')}}`;
}

/**
 * The exact text a pledge's signature covers: the record without `signature`, as canonical JSON.
 * Signer and verifier must both use this, so that key order or spacing never breaks a signature.
 * Encode it as UTF-8 before signing.
 */
export function canonicalPledgePayload(record: Pledge): string {
  const { signature: _signature, ...signed } = record;
  return canonicalJson(signed);
}
