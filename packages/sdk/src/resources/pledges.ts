import type { Pledge } from '@luton2040/schema';
import { LutonError, NotFoundError } from '../errors.js';
import type { RequestOptions, ResolvedOptions } from '../options.js';
import { verifyPledge, type PledgeVerification } from '../verify.js';
import { today } from '../today.js';
import { newestPledge } from './newest-pledge.js';
import type { Reader } from './records.js';

/** A pledge with what its verification found. */
export type VerifiedPledge = Pledge & { verification: PledgeVerification };

/** Which pledges to list. */
export interface PledgeFilter {
  /** Organisation id. */
  organisation?: string;
  /** Include revoked pledges. Default: false. */
  includeRevoked?: boolean;
}

/** Organisations' pledges as the registry holds them. */
export interface PledgesApi {
  /** Pledges as the registry holds them (not verified: see `get` and `verify`). */
  list(filter?: PledgeFilter & RequestOptions): Promise<Pledge[]>;
  /**
   * An organisation's pledge (its newest, if it made several), verified against the client's
   * `registryPublicKey`. Throws `NotFoundError` when the organisation has none, and a `LutonError`
   * when the pledge is signed but the client was given no key to check it with.
   */
  get(organisation: string, request?: RequestOptions): Promise<VerifiedPledge>;
  /** Verifies any pledge record with the client's registry key. */
  verify(record: Pledge): Promise<PledgeVerification>;
}

export function pledgesApi(client: Reader, options: ResolvedOptions): PledgesApi {
  const verify = (record: Pledge) => {
    if (record.signature && options.registryPublicKey.length === 0) {
      throw new LutonError(`Pledge ${record.id} is signed, but the client has no registryPublicKey to verify it with`);
    }
    return verifyPledge(record, options.registryPublicKey, today(options.clock.now()));
  };
  return {
    async list(filter = {}) {
      return (await client.resource('pledges', filter)).filter(
        (p) => (filter.organisation === undefined || p.organisation.id === filter.organisation) && (filter.includeRevoked || p.status !== 'revoked'),
      );
    },
    async get(organisation, request) {
      const record = newestPledge((await client.resource('pledges', request)).filter((p) => p.organisation.id === organisation));
      if (!record) throw new NotFoundError('pledges', organisation);
      return { ...record, verification: await verify(record) };
    },
    verify: async (record) => verify(record),
  };
}
