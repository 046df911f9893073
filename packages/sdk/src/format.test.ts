import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { formatValue, periodLabel, periodPhrase } from './format.js';

describe('formatValue', () => {
  it('writes a figure as documents do, never rounding away what they state', () => {
    assert.equal(formatValue(4, 'percent'), '4%');
    assert.equal(formatValue(44.6, 'percent'), '44.6%');
    assert.equal(formatValue(0.26, 'percent'), '0.26%');
    assert.equal(formatValue(25, 'percent', 'approximate'), 'about 25%');
    assert.equal(formatValue(61000, 'gbp'), '£61,000');
    assert.equal(formatValue(70, 'rank'), '70th');
  });
});

describe('periods', () => {
  it('says a dated period as the period measured, and a publication year as when it was reported', () => {
    assert.equal(periodPhrase({ period: '2020' }), 'in 2020');
    assert.equal(periodPhrase({ period: '2022-08', periodPrecision: 'dated' }), 'in August 2022');
    assert.equal(periodPhrase({ period: '2022', periodPrecision: 'publication-year' }), 'reported in 2022');
    assert.equal(periodLabel({ period: '2020/21' }), '2020/21');
    assert.equal(periodLabel({ period: '2023', periodPrecision: 'publication-year' }), 'reported in 2023');
  });
});
