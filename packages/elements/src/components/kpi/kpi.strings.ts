import type { TrendMeaning } from '@luton2040/sdk';
import type { WidgetStrings } from '../../i18n/common.strings.js';

/** Every word `<luton-kpi>` says, on a page and in an email. */
export interface KpiStrings extends WidgetStrings {
  loading(id: string): string;
  noData(title: string): string;
  /** "in 2020": the period of the latest figure. */
  inPeriod(period: string): string;
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
  noFigureFor(area: string, period: string): string;
  /** The movement in the sentence read out, e.g. "down from 8% in 2016". */
  movedFrom(direction: 'up' | 'down' | 'flat', previous: string, period: string): string;
  /**
   * The sentence screen readers hear, e.g. "NEET rate 4% in 2020, down from 8% in 2016: improving.
   * 0.6 points above England (3.9%)." `movement` and `gap` are absent when there is none.
   */
  sentence(parts: { title: string; value: string; period: string; movement?: string | undefined; meaning: string; gap?: string | undefined; flags: string[] }): string;
  /** Alt text of the sparkline picture in an email: every figure of the series. */
  seriesAlt(title: string, points: string[]): string;
}
