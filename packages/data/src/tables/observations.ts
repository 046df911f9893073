import * as z from 'zod/mini';
import { ObservationStatus, PeriodPrecision, periodPattern, periodRule, type Observation } from '@luton2040/schema';
import { IdCell, OptionalText, OptionalWebAddressCell, PlainNumber, Text, YesNo, optional, yesNo } from '../cells.js';
import { checkObservation } from '../checks/observation-rules.js';
import { citationFrom } from '../citation.js';
import type { DatasetTable } from '../dataset-table.js';
import { checkHeadlines } from '../series.js';
import { oneOf } from '../table.js';

/** One figure with the KPI and area it belongs to. */
export interface ObservationRow extends Observation {
  kpi: string;
  area: string;
}

/**
 * observations.csv (and observations-*.csv): every figure, one per row, cited, with the definition
 * it follows and how well its period is known. The optional `headline` column says which figure a
 * period's series uses where documents disagree: `no` marks an alternative; empty means yes.
 */
export const observationsTable: DatasetTable<ObservationRow> = {
  name: 'observations',
  columns: ['kpi', 'area', 'definition', 'period', 'period_precision', 'value', 'status', 'note', 'doc', 'section', 'quote'],
  cells: z.object({
    kpi: Text,
    area: Text,
    definition: IdCell,
    period: z.string().check(z.trim(), z.regex(periodPattern, periodRule)),
    period_precision: z.string().check(
      z.trim(),
      z.refine((p) => p === '' || (PeriodPrecision.options as readonly string[]).includes(p), `must be one of: ${PeriodPrecision.options.join(', ')}, or empty for an official release's figure`),
    ),
    value: PlainNumber,
    status: oneOf(ObservationStatus.options),
    note: OptionalText,
    doc: Text,
    section: Text,
    headline: z.optional(YesNo),
    url: z.optional(OptionalWebAddressCell),
  }),
  toRecord: (v) => {
    const note = optional(v.note);
    const precision = optional(v.period_precision) as Observation['periodPrecision'];
    return {
      kpi: v.kpi!.trim(),
      area: v.area!.trim(),
      period: v.period!.trim(),
      ...(precision ? { periodPrecision: precision } : {}),
      definition: v.definition!.trim(),
      value: Number(v.value),
      status: v.status!.trim() as Observation['status'],
      ...(note ? { note } : {}),
      headline: yesNo(v.headline, true),
      citation: citationFrom(v),
    };
  },
  key: { field: 'kpi', of: (o) => `${o.kpi} ${o.area} ${o.period} ${o.value} ${o.citation.doc}` },
  refs: {
    kpi: { to: 'kpis', what: 'KPI id' },
    area: { to: 'areas', what: 'area id' },
    definition: { to: 'definitions', what: 'definition id' },
  },
  check: checkObservation,
  checkAll: (items, { log }) => checkHeadlines(items, log),
};
