import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { interleave, median, summarise } from './stats.js';

describe('bench statistics', () => {
  it('takes the middle value, or the mean of the two middle values', () => {
    assert.equal(median([5, 1, 3]), 3);
    assert.equal(median([4, 1, 3, 2]), 2.5);
    assert.ok(Number.isNaN(median([])));
  });

  it('summarises with the range and keeps every sample in order', () => {
    assert.deepEqual(summarise([3, 9, 1]), { median: 3, min: 1, max: 9, samples: [3, 9, 1] });
  });

  it('interleaves variants, reversing the order every other round', async () => {
    const order: string[] = [];
    const results = await interleave(['a', 'b', 'c'] as const, 3, async (variant, run) => {
      order.push(variant);
      return run;
    });
    assert.deepEqual(order, ['a', 'b', 'c', 'c', 'b', 'a', 'a', 'b', 'c']);
    assert.deepEqual(results, { a: [0, 1, 2], b: [0, 1, 2], c: [0, 1, 2] });
  });
});
