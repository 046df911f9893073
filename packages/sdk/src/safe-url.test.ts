import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { safeHttpUrl } from './safe-url.js';

describe('safeHttpUrl', () => {
  it('keeps http(s) addresses and refuses every other kind', () => {
    assert.equal(safeHttpUrl('https://example.org/a b'), 'https://example.org/a%20b');
    for (const bad of ['javascript:alert(1)', 'JAVASCRIPT:alert(1)', 'data:text/html,x', '/relative', 'not a url', undefined]) assert.equal(safeHttpUrl(bad), undefined);
  });
});
