import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { planYearSpan } from './plan-year.js';

describe('planYearSpan', () => {
  it('gives Year 1 as the twelve months from the setting', () => {
    assert.deepEqual(planYearSpan(1, '2022-04-01'), { start: '2022-04-01', end: '2023-03-31' });
  });
  it('gives later years a year apart', () => {
    assert.deepEqual(planYearSpan(5, '2022-04-01'), { start: '2026-04-01', end: '2027-03-31' });
  });
  it('handles a start on the first of January', () => {
    assert.deepEqual(planYearSpan(2, '2023-01-01'), { start: '2024-01-01', end: '2024-12-31' });
  });
});
