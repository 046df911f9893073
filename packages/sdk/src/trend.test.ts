import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Direction, Observation } from '@luton2040/schema';
import { notComparableWords } from './comparability.js';
import { baselineOf, changeBetween, comparableSeries, meaningOf, trendOf, type Movement, type TrendMeaning } from './trend.js';

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

describe('trends only between comparable figures', () => {
  const defined = (period: string, value: number, definition: string, extra: Partial<Observation> = {}): Observation => ({
    ...observation(period, value),
    definition,
    periodPrecision: 'dated',
    ...extra,
  });

  it('draws no trend between figures of different definitions, and keeps both with the reason', () => {
    const trend = trendOf({ direction: 'decrease', observations: [defined('2019', 12.9, 'survey-a'), defined('2023', 10, 'survey-b')] });
    assert.equal(trend.meaning, 'not-comparable');
    assert.equal(trend.movement, 'unknown');
    assert.equal(trend.reason, 'different-definitions');
    assert.equal(trend.change, undefined);
    assert.deepEqual([trend.previous?.value, trend.latest?.value], [12.9, 10]);
  });

  it('draws no trend from a figure dated only by its document, nor from an approximate one', () => {
    const undated = trendOf({ direction: 'increase', observations: [defined('2019', 59, 'rank'), defined('2022', 70, 'rank', { periodPrecision: 'publication-year' })] });
    assert.deepEqual([undated.meaning, undated.reason], ['not-comparable', 'undated-period']);
    const rounded = trendOf({ direction: 'decrease', observations: [defined('2018', 25, 'inactive', { status: 'approximate' }), defined('2020', 21, 'inactive')] });
    assert.deepEqual([rounded.meaning, rounded.reason], ['not-comparable', 'approximate']);
  });

  it('gives a change, a baseline and a line only over the figures comparable with the latest', () => {
    const kpi = {
      direction: 'decrease' as const,
      observations: [defined('2015', 33, 'other-measure'), defined('2019', 46, 'ahc'), defined('2020', 39, 'ahc'), defined('2021', 44.6, 'ahc')],
    };
    assert.deepEqual(comparableSeries(kpi).map((o) => o.period), ['2019', '2020', '2021']);
    assert.equal(baselineOf(kpi)?.period, '2019');
    const since2015 = changeBetween(baselineOf(kpi, '2015')!, kpi.observations[3]!);
    assert.deepEqual([since2015.comparable, !since2015.comparable && since2015.reason], [false, 'different-definitions']);
    const since2019 = changeBetween(baselineOf(kpi, '2019')!, kpi.observations[3]!);
    assert.ok(since2019.comparable && Math.abs(since2019.change - -1.4) < 1e-9);
    assert.equal(trendOf(kpi).meaning, 'worsening');
  });

  it('has plain words for every reason', () => {
    for (const words of Object.values(notComparableWords)) assert.match(words, /^[A-Z].+\.$/);
  });
});
