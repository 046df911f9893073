import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Pledge } from '@luton2040/schema';
import { newestPledge } from './newest-pledge.js';

/** A pledge record (synthetic test data) made on `madeOn`. */
const pledge = (id: string, madeOn: string): Pledge => ({
  id,
  organisation: { id: 'org-a', name: 'Synthetic organisation (test data)' },
  commitments: [],
  partnershipPledges: [],
  madeOn,
  registryUrl: `https://registry.example/${id}`,
  status: 'active',
  sample: true,
});

describe('newestPledge', () => {
  it('picks the pledge made last, whatever the order of the list', () => {
    const list = [pledge('b', '2025-03-01'), pledge('c', '2026-01-10'), pledge('a', '2024-12-31')];
    assert.equal(newestPledge(list)?.id, 'c');
    assert.equal(newestPledge([...list].reverse())?.id, 'c');
  });

  it('keeps the first of two made the same day, and gives nothing for no pledges', () => {
    assert.equal(newestPledge([pledge('first', '2026-01-10'), pledge('second', '2026-01-10')])?.id, 'first');
    assert.equal(newestPledge([]), undefined);
  });
});
