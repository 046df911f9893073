// Test data for the pledge badge stories: one synthetic pledge per story, served by an in-memory feed.
// A throwaway registry key is made in the browser each time a story loads and signs the record as the
// publisher does, so every verdict a story shows comes from a real Ed25519 signature check.
import type { Pledge } from '@luton2040/schema';
import type { LutonClient } from '@luton2040/sdk';
import { memoryClient } from '../packages/elements/src/test-support/memory-feed.js';
import { testPledge, testPledgeSchemes, testPriorities, testRegistry } from '../packages/elements/src/test-support/pledge-fixtures.js';

/** A feed holding one test pledge, and the public key of the registry that signed it. */
export interface TestPledgeFeed {
  client: LutonClient;
  publicKey: string;
}

/** Makes a story's pledge record, given the test registry's signer. */
export type PledgeMaker = (sign: (pledge: Pledge) => Promise<Pledge>) => Promise<Pledge>;

/** The day the test pledges are judged on: after they were made, before their review date. */
export const TEST_TODAY = '2026-06-01';

/** One record for each thing a badge can find (`testPledge()` is marked as sample, test data). */
export const testPledges = {
  signed: (sign) => sign(testPledge()),
  // Signed, then a partnership pledge added that the registry never saw.
  altered: async (sign) => ({ ...(await sign(testPledge())), partnershipPledges: ['pledge-1', 'pledge-2', 'pledge-3'] }),
  expired: (sign) => sign(testPledge({ reviewOn: '2026-05-31' })),
  revoked: (sign) => sign(testPledge({ status: 'revoked' })),
  unsigned: async () => testPledge(),
} satisfies Record<string, PledgeMaker>;

export async function testPledgeFeed(make: PledgeMaker): Promise<TestPledgeFeed> {
  const registry = await testRegistry();
  const pledge = await make((p) => registry.sign(p));
  const client = memoryClient({ pledges: [pledge], luton2040Priorities: testPriorities, pledgeSchemes: testPledgeSchemes });
  return { client, publicKey: registry.publicKey };
}
