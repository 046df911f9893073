import { comparePeriods, type Kpi } from '@luton2040/schema';
import type { ProblemLog } from './problems.js';
import type { Located } from './table.js';
import type { DefinitionRow } from './tables/definitions.js';
import type { KpiDefinition } from './tables/kpis.js';
import type { ObservationRow } from './tables/observations.js';

/** The Luton area id: its figures are a KPI's own series, every other area's are comparators. */
export const LUTON = 'luton';

/**
 * Where documents give more than one figure for a KPI, area and period, exactly one must be the
 * headline (the one the series uses). Reports each such period that has none, and each extra
 * headline, which is left out (the first listed is kept). A lone figure marked "no" is kept out of
 * the series on purpose (e.g. an undated figure beside a dated series) and is not a problem.
 */
export function checkHeadlines(rows: Located<ObservationRow>[], log: ProblemLog): Located<ObservationRow>[] {
  const groups = new Map<string, Located<ObservationRow>[]>();
  for (const row of rows) {
    const key = `${row.record.kpi} ${row.record.area} ${row.record.period}`;
    groups.set(key, [...(groups.get(key) ?? []), row]);
  }
  const dropped = new Set<Located<ObservationRow>>();
  for (const group of groups.values()) {
    const headlines = group.filter((r) => r.record.headline !== false);
    const first = group[0]!;
    const what = `${first.record.kpi} / ${first.record.area} / ${first.record.period}`;
    if (headlines.length === 0 && group.length > 1) {
      log.add({ file: first.file, line: first.line, field: 'headline', message: `no figure for ${what} is the headline: mark the one the series uses "yes"` });
    }
    for (const extra of headlines.slice(1)) {
      const at = `${headlines[0]!.file}:${headlines[0]!.line}`;
      log.add({ file: extra.file, line: extra.line, field: 'headline', message: `a second headline figure for ${what} (the first is at ${at}): mark alternatives "no"` });
      dropped.add(extra);
    }
  }
  return rows.filter((r) => !dropped.has(r));
}

/**
 * A KPI with the definitions its figures follow, Luton's series and one series per comparator
 * area, in the areas' order, oldest first.
 */
export function attachSeries(kpi: KpiDefinition, definitions: readonly DefinitionRow[], rows: readonly ObservationRow[], areaOrder: readonly string[]): Kpi {
  const mine = rows.filter((o) => o.kpi === kpi.id);
  const own = definitions.filter((d) => d.kpi === kpi.id).map(({ kpi: _kpi, ...definition }) => definition);
  const series = (area: string) =>
    mine
      .filter((o) => o.area === area)
      .map(({ kpi: _kpi, area: _area, ...observation }) => observation)
      // Stable sort: within a period, the headline first, then as listed.
      .sort((a, b) => comparePeriods(a.period, b.period) || Number(b.headline !== false) - Number(a.headline !== false));
  const comparators = areaOrder
    .filter((area) => area !== LUTON && mine.some((o) => o.area === area))
    .map((area) => ({ area, observations: series(area) }));
  return { ...kpi, definitions: own, observations: series(LUTON), comparators };
}
