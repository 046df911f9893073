import * as z from 'zod/mini';
import { Citation, NonEmpty, Period, Slug } from './primitives.js';

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

/**
 * How well a figure's period is known. `dated`: the source says which period the figure is for
 * (or it follows from the source's own words, e.g. "two years earlier"). `publication-year`: the
 * source gives no period, and `period` is the year the source was published, so the figure is
 * "reported in" that year, not measured in it. Figures of this kind never make a trend.
 */
export const PeriodPrecision = z.enum(['dated', 'publication-year']);
export type PeriodPrecision = z.infer<typeof PeriodPrecision>;

/**
 * What exactly a series of figures measures, as the source states it: two figures are compared
 * only when they share a definition. Where a document does not state the method or source of its
 * figures, its figures get a definition of their own, because nothing says another document's
 * figures were measured the same way.
 */
export const MeasureDefinition = z.object({
  /** Unique across the feed, e.g. `neet-or-unknown-ess`. */
  id: Slug,
  /** What the figure is, in a few words, e.g. "Businesses reporting hard-to-fill vacancies": the words above the number. */
  label: NonEmpty,
  /** Who or what is counted, e.g. "working-age residents of Luton". */
  population: z.optional(z.string()),
  /** What the figure is a share, rate or count of, e.g. "share of businesses". */
  base: z.optional(z.string()),
  /** The survey question, where the source gives it. */
  question: z.optional(z.string()),
  /** How the figures were produced (survey, dataset, method), where the source says. */
  method: z.optional(z.string()),
  /** The passage that says what the figures measure. */
  citation: Citation,
});
export type MeasureDefinition = z.infer<typeof MeasureDefinition>;

/** One figure for one area and period, with its source. */
export const Observation = z.object({
  period: Period,
  /** How well `period` is known. Absent means `dated`, as `period` meant before this field existed. */
  periodPrecision: z.optional(PeriodPrecision),
  /**
   * Id of the KPI's measure definition (`Kpi.definitions`) this figure follows. Figures without one
   * all follow the KPI's own description, as before definitions existed.
   */
  definition: z.optional(Slug),
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

/**
 * What the documents call a measure: one of the 16 `outcome-kpi`s of the Employment & Skills
 * Strategy; a `high-level-measure` of Luton 2040 (the refresh's "Measuring our success" names the
 * Minimum Income Standard, deprivation and child poverty); a `progress-figure` the refresh reports
 * as progress without naming it a measure; or a `supporting-figure` a document gives beside an ESS KPI.
 */
export const KpiRole = z.enum(['outcome-kpi', 'high-level-measure', 'progress-figure', 'supporting-figure']);
export type KpiRole = z.infer<typeof KpiRole>;

/** A KPI or measure with its definitions, Luton's series and its comparators' series. */
export const Kpi = z.object({
  id: Slug,
  /** The name as the source words it, cited verbatim (slips included: see `displayTitle`). */
  title: z.string().check(z.minLength(1, 'must not be empty')),
  /** The name to show where the source's own title has a slip (the plan's "HE and HE participation"). */
  displayTitle: z.optional(NonEmpty),
  strategy: Strategy,
  /** What the documents call the measure. Absent in older feeds. */
  role: z.optional(KpiRole),
  /** An ESS priority id for `ess` and `supporting` measures, a Luton 2040 priority id for `luton2040`. */
  priority: Slug,
  direction: Direction,
  unit: Unit,
  /**
   * The data source the strategy plans to measure the KPI with, e.g. "ONS Annual Population Survey";
   * absent where only a document gives the figures. Not where a figure came from: that is each
   * observation's `citation`.
   */
  source: z.optional(z.string()),
  /** The strategy's own words for success, e.g. "Decrease ▼". */
  measure: z.optional(z.string()),
  description: z.optional(z.string()),
  citation: Citation,
  /** What the KPI's figures measure, one entry per definition its observations name. */
  definitions: z.optional(z.array(MeasureDefinition)),
  /** Luton's figures, oldest first; more than one per period where documents disagree (see `headline`). */
  observations: z.array(Observation),
  comparators: z.array(ComparatorSeries),
});
export type Kpi = z.infer<typeof Kpi>;
