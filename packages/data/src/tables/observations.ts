import * as z from 'zod/mini';
import { ObservationStatus, periodPattern, periodRule, type Observation } from '@luton2040/schema';
import { OptionalText, OptionalWebAddressCell, PlainNumber, Text, YesNo, optional, yesNo } from '../cells.js';
import { citationFrom } from '../citation.js';
import { oneOf, type Table } from '../table.js';

/** One figure with the KPI and area it belongs to. */
export interface ObservationRow extends Observation {
  kpi: string;
  area: string;
}

/**
 * observations.csv (and observations-*.csv): every figure, one per row, cited. The optional
 * `headline` column says which figure a period's series uses where documents disagree: `no` marks
 * an alternative; empty means yes.
 */
export const observationsTable: Table<ObservationRow> = {
  name: 'observations',
  columns: ['kpi', 'area', 'period', 'value', 'status', 'note', 'doc', 'section', 'quote'],
  cells: z.object({
    kpi: Text,
    area: Text,
    period: z.string().check(z.trim(), z.regex(periodPattern, periodRule)),
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
    return {
      kpi: v.kpi!.trim(),
      area: v.area!.trim(),
      period: v.period!.trim(),
      value: Number(v.value),
      status: v.status!.trim() as Observation['status'],
      ...(note ? { note } : {}),
      headline: yesNo(v.headline, true),
      citation: citationFrom(v),
    };
  },
};
