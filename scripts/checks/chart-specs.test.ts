// The widgets draw a Vega spec compiled ahead of time from the SDK's Vega-Lite spec; this fails
// when the committed compiled spec no longer matches (run `npm run build:specs` to refresh it).
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { COMPARISON_OUTPUT, comparisonModule } from '../compile-chart-specs.js';

describe('compiled chart specs', () => {
  it('the committed comparison chart is the compiled SDK spec, with themable colours', () => {
    const committed = readFileSync(COMPARISON_OUTPUT, 'utf8');
    assert.equal(committed, comparisonModule(), `${COMPARISON_OUTPUT} is out of date: run "npm run build:specs"`);
    assert.match(committed, /"signal": "roleColours"/);
    assert.match(committed, /"signal": "textColour"/);
  });
});
