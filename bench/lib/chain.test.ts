import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { longestChain } from './chain.js';

const request = (path: string, arrived: number, finished: number) => ({ path, arrived, finished });

describe('requests in a row', () => {
  it('chains a request only after the one before it was answered', () => {
    const chain = longestChain([
      request('page', 0, 40),
      request('loader', 42, 82),
      request('chunk-a', 84, 124),
      request('chunk-b', 85, 126), // asked for together with chunk-a: not after it
      request('manifest', 130, 170),
      request('resource', 172, 212),
    ]);
    assert.deepEqual(chain.map((r) => r.path), ['page', 'loader', 'chunk-a', 'manifest', 'resource']);
  });

  it('leaves out requests still in flight, and is empty for no requests', () => {
    assert.deepEqual(longestChain([request('page', 0, 40), request('slow', 50, Number.NaN)]).map((r) => r.path), ['page']);
    assert.deepEqual(longestChain([]), []);
  });
});
