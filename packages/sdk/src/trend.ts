import type { Direction, Kpi, Observation } from '@luton2040/schema';

/** Which way the latest figure moved from the one before it. */
export type Movement = 'up' | 'down' | 'flat' | 'unknown';
/** What that movement means, given which way is success for the KPI. */
export type TrendMeaning = 'improving' | 'worsening' | 'no-change' | 'not-enough-data';

export interface Trend {
  movement: Movement;
  meaning: TrendMeaning;
  latest?: Observation;
  previous?: Observation;
  /** latest − previous, in the KPI's unit. */
  change?: number;
}

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

/** The trend of a KPI from its last two periods. */
export function trendOf(kpi: Pick<Kpi, 'observations' | 'direction'>): Trend {
  const series = headlineSeries(kpi);
  const latest = series.at(-1);
  const previous = series.at(-2);
  if (!latest || !previous) return { movement: 'unknown', meaning: 'not-enough-data', ...(latest ? { latest } : {}) };
  const change = latest.value - previous.value;
  const movement: Movement = change > 0 ? 'up' : change < 0 ? 'down' : 'flat';
  return { movement, meaning: meaningOf(movement, kpi.direction), latest, previous, change };
}
