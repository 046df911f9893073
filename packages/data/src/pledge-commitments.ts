import type { Pledge } from '@luton2040/schema';
import type { PledgeCommitmentRow } from './tables/pledge-commitments.js';
import type { PledgeDefinition } from './tables/pledges.js';

/** A pledge with its commitments, in the order the commitments file lists them. */
export function withCommitments(pledge: PledgeDefinition, rows: readonly PledgeCommitmentRow[]): Pledge {
  const { id, organisation, ...rest } = pledge;
  return { id, organisation, commitments: rows.map(({ pledge: _pledge, ...c }) => c), ...rest };
}
