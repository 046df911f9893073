import type { Pledge } from '@luton2040/schema';
import type { ReadResult } from '../client.js';
import { NotFoundError } from '../errors.js';
import type { RequestOptions, ResolvedOptions } from '../options.js';
import { ConfigurationError, UnreadableRecordError } from '../pledge-errors.js';
import { verifyPledge, type PledgeVerification } from '../verify.js';
import { today } from '../today.js';
import { newestPledge } from './newest-pledge.js';

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
   * An organisation's newest pledge record, revoked ones included, not verified. Throws
   * `NotFoundError` when the registry has none, and `UnreadableRecordError` when a record that is or
   * may be the organisation's failed validation: then there is no saying what the registry holds.
   */
  latest(organisation: string, request?: RequestOptions): Promise<Pledge>;
  /**
   * An organisation's pledge (its newest, if it made several), verified against the client's
   * `registryPublicKey`. Throws as `latest` does, and `ConfigurationError` when the pledge is
   * signed but the client has no usable key to check it with.
   */
  get(organisation: string, request?: RequestOptions): Promise<VerifiedPledge>;
  /** Verifies any pledge record with the client's registry key. */
  verify(record: Pledge): Promise<PledgeVerification>;
}

/** What the pledge API needs of a client. */
export interface PledgeReader {
  read(name: 'pledges', request?: RequestOptions): Promise<ReadResult<Pledge[]>>;
}

export function pledgesApi(client: PledgeReader, options: ResolvedOptions): PledgesApi {
  const verify = async (record: Pledge) => {
    if (record.signature && options.registryPublicKey.length === 0) {
      throw new ConfigurationError(`Pledge ${record.id} is signed, but the client has no registryPublicKey to verify it with`, 'registryPublicKey', 'missing');
    }
    return verifyPledge(record, options.registryPublicKey, today(options.clock.now()));
  };
  const latest = async (organisation: string, request?: RequestOptions) => {
    const { data, dropped } = await client.read('pledges', request);
    const theirs = dropped.filter((d) => d.organisation === organisation);
    if (theirs.length > 0) throw new UnreadableRecordError('pledges', organisation, theirs);
    const record = newestPledge(data.filter((p) => p.organisation.id === organisation));
    if (record) return record;
    // "No pledge" is only true when every record could be read: one that names no organisation
    // readably may be this one's.
    const anonymous = dropped.filter((d) => d.organisation === undefined);
    if (anonymous.length > 0) throw new UnreadableRecordError('pledges', undefined, anonymous);
    throw new NotFoundError('pledges', organisation);
  };
  return {
    async list(filter = {}) {
      return (await client.read('pledges', filter)).data.filter(
        (p) => (filter.organisation === undefined || p.organisation.id === filter.organisation) && (filter.includeRevoked || p.status !== 'revoked'),
      );
    },
    latest,
    async get(organisation, request) {
      const record = await latest(organisation, request);
      return { ...record, verification: await verify(record) };
    },
    verify,
  };
}
