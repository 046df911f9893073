import * as z from 'zod/mini';
import { Citation, Period, Slug } from './primitives.js';

/** Which way a KPI must move for things to be getting better. */
export const Direction = z.enum(['increase', 'decrease']);
export type Direction = z.infer<typeof Direction>;

/** How a value is measured; the elements format each one for en-GB. */
export const Unit = z.enum(['percent', 'count', 'gbp', 'gbp-per-hour', 'ratio', 'rank', 'pence', 'kt-co2e', 'score']);
export type Unit = z.infer<typeof Unit>;

/** How firm a figure is: `approximate` where the document says "about", "over", "1 in 4"… */
export const ObservationStatus = z.enum(['final', 'provisional', 'approximate', 'estimate']);
export type ObservationStatus = z.infer<typeof ObservationStatus>;

/** Which strategy a measure belongs to. `supporting` figures sit beside an ESS KPI without being it. */
export const Strategy = z.enum(['ess', 'luton2040', 'supporting']);
export type Strategy = z.infer<typeof Strategy>;

/** One figure for one area and period, with its source. */
export const Observation = z.object({
  period: Period,
  value: z.number().check(z.refine(Number.isFinite, 'must be a finite number')),
  status: ObservationStatus,
  note: z.optional(z.string()),
  /**
   * Whether this is the figure the series uses for its period. Where documents disagree about one
   * period, every figure is kept and exactly one is the headline; the others are `false`
   * (alternatives, shown with their citations but not charted). Absent means `true`.
   */
  headline: z.optional(z.boolean()),
  citation: Citation,
});
export type Observation = z.infer<typeof Observation>;

/** The figures of one comparator area for a KPI. */
export const ComparatorSeries = z.object({
  area: Slug,
  observations: z.array(Observation),
});
export type ComparatorSeries = z.infer<typeof ComparatorSeries>;

/** A KPI or headline measure with Luton's series and its comparators' series. */
export const Kpi = z.object({
  id: Slug,
  title: z.string().check(z.minLength(1, 'must not be empty')),
  strategy: Strategy,
  /** An ESS priority id for `ess` and `supporting` measures, a Luton 2040 priority id for `luton2040`. */
  priority: Slug,
  direction: Direction,
  unit: Unit,
  /** The data source the strategy names, e.g. "ONS Annual Population Survey"; absent where only a document gives the figures. */
  source: z.optional(z.string()),
  /** The strategy's own words for success, e.g. "Decrease ▼". */
  measure: z.optional(z.string()),
  description: z.optional(z.string()),
  citation: Citation,
  /** Luton's figures, oldest first; more than one per period where documents disagree (see `headline`). */
  observations: z.array(Observation),
  comparators: z.array(ComparatorSeries),
});
export type Kpi = z.infer<typeof Kpi>;
