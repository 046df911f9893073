import type { ValidationProblem } from '@luton2040/schema';
import { LutonError } from './errors.js';
import type { DroppedRecord } from './options.js';

// Errors only the pledge code throws. They live apart from errors.ts so that a page of KPI tiles,
// which never reads pledges, does not download them.

/**
 * A setting the page or app gave cannot work: no registry key where a signed record needs one, or
 * a registry key that is not an Ed25519 public key. The fault is in the configuration, not in the
 * data, and no record can be verified until it is fixed.
 */
export class ConfigurationError extends LutonError {
  override name = 'ConfigurationError';
  constructor(
    message: string,
    /** The option at fault, e.g. `registryPublicKey` (the elements' `registry-key`). */
    readonly option: string,
    /** `missing`: nothing was given; `invalid`: what was given is not usable. */
    readonly kind: 'missing' | 'invalid',
    options?: ErrorOptions,
  ) {
    super(message, undefined, options);
  }
}

/**
 * The registry holds a record that failed validation where the answer was looked for, so nothing
 * can be said about it: not that it is valid, and not that there is none. A badge says "the
 * registry's record for X could not be read", never "no pledge".
 */
export class UnreadableRecordError extends LutonError {
  override name = 'UnreadableRecordError';
  /** What is wrong with the unreadable records, each with the path to the field. */
  readonly problems: readonly ValidationProblem[];
  constructor(
    /** The resource, e.g. `pledges`. */
    readonly resource: string,
    /** The organisation whose record it is, when that much could be read. */
    readonly organisation: string | undefined,
    /** The records that failed validation. */
    readonly records: readonly DroppedRecord[],
  ) {
    const whose = organisation ? `for "${organisation}"` : 'that does not name its organisation readably';
    const problems = records.flatMap((r) => r.problems);
    super(`The registry's ${resource} record ${whose} could not be read: ${problems.map((p) => `${p.path || 'record'} ${p.message}`).join('; ')}`);
    this.problems = problems;
  }
}
