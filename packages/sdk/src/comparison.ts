import type { Area, Kpi, Observation } from '@luton2040/schema';
import { formatValue } from './format.js';
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
  status: Observation['status'];
  role: ComparisonRole;
}

export interface Comparison {
  /** The period compared: Luton's latest period that has figures. */
  period: string | undefined;
  /** Bars, highest value first. */
  rows: ComparisonRow[];
  /** Areas asked for that have no figure for that period, with their names. */
  missing: { area: string; name: string }[];
}

export interface ComparisonOptions {
  /** Area ids to compare Luton with, in any order. Default: every comparator the KPI has. */
  areas?: readonly string[];
  /** The area drawn as the reference line and colour. Default: `england`. */
  reference?: string;
}

/**
 * Luton's latest figure for which at least one wanted area has a figure of the same period; Luton's
 * latest figure when there is none.
 */
function comparablePeriod(kpi: Kpi, wanted: readonly string[]): Observation | undefined {
  const series = headlineSeries(kpi);
  const comparatorPeriods = new Set(
    kpi.comparators.filter((c) => wanted.includes(c.area)).flatMap((c) => c.observations.filter((o) => o.headline !== false).map((o) => o.period)),
  );
  return [...series].reverse().find((o) => comparatorPeriods.has(o.period)) ?? series.at(-1);
}

/**
 * Luton against its comparators for one KPI, for one period only: figures from different periods
 * are never put side by side. The period is the latest one Luton shares with a comparator; areas
 * without a figure for it are listed as missing, not dropped silently.
 */
export function compareAreas(kpi: Kpi, areas: readonly Area[], options: ComparisonOptions = {}): Comparison {
  const reference = options.reference ?? 'england';
  const names = new Map(areas.map((a) => [a.id, a.name]));
  const nameOf = (id: string) => names.get(id) ?? id;
  const wanted = options.areas ?? kpi.comparators.map((c) => c.area);
  const latest = comparablePeriod(kpi, wanted);
  const rows: ComparisonRow[] = [];
  const missing: Comparison['missing'] = [];
  const row = (area: string, observation: Observation, role: ComparisonRole): ComparisonRow => ({
    area,
    name: nameOf(area),
    value: observation.value,
    label: formatValue(observation.value, kpi.unit, observation.status),
    period: observation.period,
    status: observation.status,
    role,
  });
  if (latest) rows.push(row('luton', latest, 'luton'));
  for (const area of wanted) {
    if (area === 'luton') continue;
    const series = kpi.comparators.find((c) => c.area === area)?.observations ?? [];
    const match = latest ? series.find((o) => o.period === latest.period && o.headline !== false) : undefined;
    if (match) rows.push(row(area, match, area === reference ? 'reference' : 'comparator'));
    else missing.push({ area, name: nameOf(area) });
  }
  rows.sort((a, b) => b.value - a.value);
  return { period: latest?.period, rows, missing };
}
