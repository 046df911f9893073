import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Direction, Observation } from '@luton2040/schema';
import { meaningOf, trendOf, type Movement, type TrendMeaning } from './trend.js';

const observation = (period: string, value: number): Observation => ({
  period,
  value,
  status: 'final',
  citation: { doc: 'test-doc', section: 'Synthetic test data' },
});

describe('trend semantics', () => {
  // Every direction of success against every movement: the arrow's meaning is never guessed from colour.
  const table: [Direction, Movement, TrendMeaning][] = [
    ['increase', 'up', 'improving'],
    ['increase', 'down', 'worsening'],
    ['increase', 'flat', 'no-change'],
    ['increase', 'unknown', 'not-enough-data'],
    ['decrease', 'up', 'worsening'],
    ['decrease', 'down', 'improving'],
    ['decrease', 'flat', 'no-change'],
    ['decrease', 'unknown', 'not-enough-data'],
  ];
  for (const [direction, movement, meaning] of table) {
    it(`${movement} on a KPI whose success is ${direction} is ${meaning}`, () => {
      assert.equal(meaningOf(movement, direction), meaning);
    });
  }

  it('reads the movement from the last two periods of the series', () => {
    const trend = trendOf({ direction: 'decrease', observations: [observation('2016', 8), observation('2020', 4)] });
    assert.equal(trend.movement, 'down');
    assert.equal(trend.meaning, 'improving');
    assert.equal(trend.change, -4);
    assert.equal(trend.latest?.period, '2020');
    assert.equal(trend.previous?.period, '2016');
  });

  it('has no trend with a single figure', () => {
    const trend = trendOf({ direction: 'increase', observations: [observation('2022', 0.78)] });
    assert.deepEqual([trend.movement, trend.meaning, trend.latest?.value], ['unknown', 'not-enough-data', 0.78]);
  });
});

describe('headline series', () => {
  it('leaves out figures the dataset marks as not the headline', () => {
    const undated = { ...observation('2023', 45), status: 'approximate' as const, headline: false };
    const trend = trendOf({ direction: 'decrease', observations: [observation('2020', 39), observation('2021', 44.6), undated] });
    assert.equal(trend.latest?.value, 44.6);
    assert.equal(trend.previous?.value, 39);
    assert.equal(trend.meaning, 'worsening');
  });
});
