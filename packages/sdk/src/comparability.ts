import type { Observation } from '@luton2040/schema';

/**
 * Why two figures cannot be set against each other:
 * - `different-definitions`: they measure different things (population, base, survey question) or
 *   come from sources that do not say they measured the same way;
 * - `undated-period`: one is dated only by the year its document was published;
 * - `approximate`: one is a rounded phrase ("about", "one in ten"), which gives no exact change;
 * - `different-periods`: across areas, the figures are for different periods.
 */
export type NotComparableReason = 'different-definitions' | 'undated-period' | 'approximate' | 'different-periods';

type Figure = Pick<Observation, 'period' | 'periodPrecision' | 'definition' | 'status'> & { citation: Pick<Observation['citation'], 'doc'> };

/** Whether a figure's period is one its source states (absent precision means dated, as in older feeds). */
export const isDated = (o: Pick<Observation, 'periodPrecision'>): boolean => o.periodPrecision !== 'publication-year';

/**
 * Every reason two figures of one area cannot make a trend or a change, strongest first; empty when
 * they can: the same definition, both dated, neither approximate.
 */
export function reasonsNotComparableOverTime(earlier: Figure, later: Figure): NotComparableReason[] {
  const reasons: NotComparableReason[] = [];
  if (earlier.definition !== later.definition) reasons.push('different-definitions');
  if (!isDated(earlier) || !isDated(later)) reasons.push('undated-period');
  if (earlier.status === 'approximate' || later.status === 'approximate') reasons.push('approximate');
  return reasons;
}

/** Why two figures of one area cannot make a trend or a change, or undefined when they can. */
export const whyNotComparableOverTime = (earlier: Figure, later: Figure): NotComparableReason | undefined =>
  reasonsNotComparableOverTime(earlier, later)[0];

/**
 * Why Luton's figure cannot stand beside another area's, or undefined when it can: the same
 * definition and period, and either both periods dated or both figures from the same document (which
 * then compares them itself: "60% in Luton compared to 57% across England"). Approximate figures may
 * stand side by side, as the document puts them, but give no gap in points (`gapBetween`).
 */
export function whyNotComparableAcrossAreas(luton: Figure, other: Figure): NotComparableReason | undefined {
  if (luton.definition !== other.definition) return 'different-definitions';
  if (luton.period !== other.period) return 'different-periods';
  if ((!isDated(luton) || !isDated(other)) && luton.citation.doc !== other.citation.doc) return 'undated-period';
  return undefined;
}

/** The plain words for a reason, for any output that has to say why it draws no conclusion. */
export const notComparableWords: Readonly<Record<NotComparableReason, string>> = {
  'different-definitions': 'These figures come from different sources or measure different things, so they cannot be compared.',
  'undated-period': 'At least one of these figures is dated only by when its document was published, so no change over time can be drawn.',
  approximate: 'At least one of these figures is approximate, so no exact change can be given.',
  'different-periods': 'These figures are for different periods, so they cannot be compared.',
};
