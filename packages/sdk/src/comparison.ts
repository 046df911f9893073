import type { Area, Citation, Kpi, MeasureDefinition, Observation, PeriodPrecision } from '@luton2040/schema';
import { whyNotComparableAcrossAreas, type NotComparableReason } from './comparability.js';
import { formatValue } from './format.js';
import { definitionOf } from './labels.js';
import { headlineSeries } from './trend.js';

/** How an area is drawn in a comparison: Luton highlighted, England as the reference. */
export type ComparisonRole = 'luton' | 'reference' | 'comparator';

/** One bar of a comparison. */
export interface ComparisonRow {
  area: string;
  name: string;
  value: number;
  /** The value as a reader sees it, e.g. "about 25%". */
  label: string;
  period: string;
  /** How well the period is known (`publication-year`: "reported in" that year). */
  periodPrecision: PeriodPrecision;
  status: Observation['status'];
  role: ComparisonRole;
  /** Where the figure is from. */
  citation: Citation;
}

/** Why an area asked for has no bar: it has no figure at all, or none that can stand beside Luton's. */
export type MissingReason = 'no-figure' | NotComparableReason;

export interface Comparison {
  /** The period compared: that of the latest Luton figure another area has a comparable figure for. */
  period: string | undefined;
  /** How well that period is known: `publication-year` when the document compares the figures without dating them. */
  periodPrecision?: PeriodPrecision;
  /** What the compared figures measure, where the KPI defines it: the words to title the comparison with. */
  definition?: MeasureDefinition;
  /** Bars, highest value first. */
  rows: ComparisonRow[];
  /** Areas asked for that have no bar, with their names and why. */
  missing: { area: string; name: string; reason: MissingReason }[];
}

export interface ComparisonOptions {
  /** Area ids to compare Luton with, in any order. Default: every comparator the KPI has. */
  areas?: readonly string[];
  /** The area drawn as the reference line and colour. Default: `england`. */
  reference?: string;
}

const newestFirst = (figures: readonly Observation[]) => [...figures].reverse();

/**
 * Luton against its comparators for one KPI, for one period and one definition only: figures of
 * different periods, or that measure different things, are never put side by side, and undated
 * figures only when one document gives both (it then compares them itself). Luton's figure is the
 * newest headline figure that some asked-for area can stand beside; failing that, the newest
 * alternative that can (the like-for-like figure a document gives beside a national one); failing
 * that, Luton's latest figure alone. Areas without a bar are listed in `missing` with the reason.
 */
export function compareAreas(kpi: Kpi, areas: readonly Area[], options: ComparisonOptions = {}): Comparison {
  const reference = options.reference ?? 'england';
  const names = new Map(areas.map((a) => [a.id, a.name]));
  const nameOf = (id: string) => names.get(id) ?? id;
  const wanted = (options.areas ?? kpi.comparators.map((c) => c.area)).filter((area) => area !== 'luton');
  const figuresOf = (area: string) => (kpi.comparators.find((c) => c.area === area)?.observations ?? []).filter((o) => o.headline !== false);
  const partnerOf = (luton: Observation, area: string) => figuresOf(area).find((o) => !whyNotComparableAcrossAreas(luton, o));

  const headline = headlineSeries(kpi);
  const candidates = [...newestFirst(headline), ...newestFirst(kpi.observations.filter((o) => o.headline === false))];
  const luton = candidates.find((o) => wanted.some((area) => partnerOf(o, area))) ?? headline.at(-1);

  const row = (area: string, observation: Observation, role: ComparisonRole): ComparisonRow => ({
    area,
    name: nameOf(area),
    value: observation.value,
    label: formatValue(observation.value, kpi.unit, observation.status),
    period: observation.period,
    periodPrecision: observation.periodPrecision ?? 'dated',
    status: observation.status,
    role,
    citation: observation.citation,
  });
  const rows: ComparisonRow[] = luton ? [row('luton', luton, 'luton')] : [];
  const missing: Comparison['missing'] = [];
  for (const area of wanted) {
    const partner = luton && partnerOf(luton, area);
    if (partner) {
      rows.push(row(area, partner, area === reference ? 'reference' : 'comparator'));
      continue;
    }
    const theirs = figuresOf(area);
    const samePeriod = luton && theirs.find((o) => o.period === luton.period);
    const reason: MissingReason = !luton || theirs.length === 0 ? 'no-figure' : samePeriod ? whyNotComparableAcrossAreas(luton, samePeriod)! : 'different-periods';
    missing.push({ area, name: nameOf(area), reason });
  }
  rows.sort((a, b) => b.value - a.value);
  const definition = luton ? definitionOf(kpi, luton) : undefined;
  return {
    period: luton?.period,
    ...(luton ? { periodPrecision: luton.periodPrecision ?? 'dated' } : {}),
    ...(definition ? { definition } : {}),
    rows,
    missing,
  };
}
