import type { Direction, Kpi, Observation } from '@luton2040/schema';
import { whyNotComparableOverTime, type NotComparableReason } from './comparability.js';

/** Which way the latest figure moved from the one before it. */
export type Movement = 'up' | 'down' | 'flat' | 'unknown';
/**
 * What that movement means, given which way is success for the KPI; `not-comparable` when the two
 * figures cannot make a trend (the trend's `reason` says why).
 */
export type TrendMeaning = 'improving' | 'worsening' | 'no-change' | 'not-enough-data' | 'not-comparable';

export interface Trend {
  movement: Movement;
  meaning: TrendMeaning;
  latest?: Observation;
  /** The figure before the latest, even when the two cannot be compared (then `reason` is set). */
  previous?: Observation;
  /** latest − previous, in the KPI's unit; only when the two are comparable. */
  change?: number;
  /** Why `latest` and `previous` make no trend. */
  reason?: NotComparableReason;
}

/** A change between two figures of a series: its size, or why there is none. */
export type Change =
  | { comparable: true; from: Observation; to: Observation; change: number }
  | { comparable: false; from: Observation; to: Observation; reason: NotComparableReason };

/**
 * The meaning of a movement for a KPI: a falling NEET rate (direction `decrease`) is improving,
 * a falling employment rate (direction `increase`) is worsening.
 */
export function meaningOf(movement: Movement, direction: Direction): TrendMeaning {
  if (movement === 'unknown') return 'not-enough-data';
  if (movement === 'flat') return 'no-change';
  return (movement === 'up') === (direction === 'increase') ? 'improving' : 'worsening';
}

/**
 * Luton's series for a KPI, one figure per period: the figures the dataset marks as headline.
 * Alternatives (`headline: false`: a disagreeing document, an undated figure) stay in the feed,
 * cited, but never make a trend. Should a feed still hold two headlines for a period, the first wins.
 */
export function headlineSeries(kpi: Pick<Kpi, 'observations'>): Observation[] {
  const seen = new Set<string>();
  return kpi.observations.filter((o) => o.headline !== false && !seen.has(o.period) && seen.add(o.period));
}

/**
 * The part of the headline series that can be drawn as a line: the latest figure and the earlier
 * ones comparable with it (same definition, dated, not approximate), oldest first. Only the latest
 * when it is undated or approximate; empty when there is no figure.
 */
export function comparableSeries(kpi: Pick<Kpi, 'observations'>): Observation[] {
  const series = headlineSeries(kpi);
  const latest = series.at(-1);
  if (!latest) return [];
  return series.filter((o) => o === latest || !whyNotComparableOverTime(o, latest));
}

/** The change from one figure to another of a series, or why it cannot be given. */
export function changeBetween(from: Observation, to: Observation): Change {
  const reason = whyNotComparableOverTime(from, to);
  return reason ? { comparable: false, from, to, reason } : { comparable: true, from, to, change: to.value - from.value };
}

/**
 * The figure a "change since baseline" starts from: the headline figure of `period` when given
 * (comparable or not: `changeBetween` then says why not), else the first of the comparable series.
 */
export function baselineOf(kpi: Pick<Kpi, 'observations'>, period?: string): Observation | undefined {
  return period === undefined ? comparableSeries(kpi)[0] : headlineSeries(kpi).find((o) => o.period === period);
}

/** The trend of a KPI from its last two periods, when the two figures are comparable. */
export function trendOf(kpi: Pick<Kpi, 'observations' | 'direction'>): Trend {
  const series = headlineSeries(kpi);
  const latest = series.at(-1);
  const previous = series.at(-2);
  if (!latest || !previous) return { movement: 'unknown', meaning: 'not-enough-data', ...(latest ? { latest } : {}) };
  const step = changeBetween(previous, latest);
  if (!step.comparable) return { movement: 'unknown', meaning: 'not-comparable', latest, previous, reason: step.reason };
  const movement: Movement = step.change > 0 ? 'up' : step.change < 0 ? 'down' : 'flat';
  return { movement, meaning: meaningOf(movement, kpi.direction), latest, previous, change: step.change };
}
