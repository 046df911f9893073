import type { TrendMeaning } from '@luton2040/sdk';
import type { WidgetStrings } from '../../i18n/common.strings.js';

/** Every word `<luton-kpi>` says, on a page and in an email. */
export interface KpiStrings extends WidgetStrings {
  loading(id: string): string;
  noData(title: string): string;
  /** Before the source a KPI is planned to be measured with, which is not where a figure came from. */
  plannedSource: string;
  trend: Record<TrendMeaning, string>;
  provisional: string;
  estimate: string;
  /** A difference in percentage points, e.g. "4 points", "1 point". */
  points(size: string, count: number): string;
  /** "down 4 points since 2016", "unchanged since 2016". */
  change(direction: 'up' | 'down' | 'unchanged', difference: string, since: string): string;
  /** The gap to another area for the same period. */
  gap(difference: string, side: 'above' | 'below', area: string, theirs: string): string;
  sameAs(area: string, theirs: string): string;
  /** Another area's figure shown beside Luton's when no gap can be given (an approximate figure). */
  theirFigure(area: string, figure: string, when: string): string;
  noFigure(area: string): string;
  /** The area has figures, but none that can stand beside Luton's `when` ("in 2020", "reported in 2022"). */
  noComparableFigure(area: string, when: string): string;
  /** The earlier figure, and why it makes no trend with the latest: "12.9% reported in 2019: these figures…". */
  notComparable(previous: string, when: string, why: string): string;
  /** The movement in the sentence read out, e.g. "down from 8% in 2016". */
  movedFrom(direction: 'up' | 'down' | 'flat', previous: string, period: string): string;
  /**
   * The sentence screen readers hear, e.g. "NEET rate 4% in 2020, down from 8% in 2016: improving.
   * 0.6 points above England (3.9%)." `when` is "in 2020" or "reported in 2022"; `movement`,
   * `notComparable` (the earlier figure and why it makes no trend) and `gap` are absent when there is none.
   */
  sentence(parts: {
    title: string;
    value: string;
    when: string;
    movement?: string | undefined;
    meaning: string;
    notComparable?: string | undefined;
    gap?: string | undefined;
    flags: string[];
  }): string;
  /** Alt text of the sparkline picture in an email: every figure of the series. */
  seriesAlt(title: string, points: string[]): string;
}
