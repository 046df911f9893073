import type { Kpi, Observation } from '@luton2040/schema';
import { whyNotComparableAcrossAreas } from './comparability.js';
import type { MissingReason } from './comparison.js';

/** How far Luton's figure is from another area's, or why no gap can be given (with their figure, where there is one). */
export type Gap =
  | { area: string; comparable: true; theirs: Observation; difference: number }
  | { area: string; comparable: false; theirs?: Observation; reason: MissingReason };

/**
 * The gap between a Luton figure and an area's figure for the same period and definition. Where
 * the two can stand side by side but one is approximate, there is no gap in points: their figure
 * is given with the reason `approximate`, so that both can be shown.
 */
export function gapBetween(kpi: Pick<Kpi, 'comparators'>, luton: Observation, area: string): Gap {
  const theirs = (kpi.comparators.find((c) => c.area === area)?.observations ?? []).filter((o) => o.headline !== false);
  const partner = theirs.find((o) => !whyNotComparableAcrossAreas(luton, o));
  if (!partner) {
    const samePeriod = theirs.find((o) => o.period === luton.period);
    if (theirs.length === 0) return { area, comparable: false, reason: 'no-figure' };
    return { area, comparable: false, reason: samePeriod ? whyNotComparableAcrossAreas(luton, samePeriod)! : 'different-periods' };
  }
  if (luton.status === 'approximate' || partner.status === 'approximate') return { area, comparable: false, theirs: partner, reason: 'approximate' };
  return { area, comparable: true, theirs: partner, difference: luton.value - partner.value };
}
