import type { TrendMeaning } from '@luton2040/sdk';

/** Every piece of text the widgets show, so that a locale can supply them all. */
export interface Strings {
  loading(what: string): string;
  errorTitle: string;
  listErrorTitle: string;
  noData(title: string): string;
  notFound(id: string): string;
  missingAttribute(tag: string, attribute: string): string;
  source: string;
  /** Before the source a KPI is planned to be measured with, which is not where a figure came from. */
  plannedSource: string;
  inPeriod(period: string): string;
  trend: Record<TrendMeaning, string>;
  movedFrom(direction: 'up' | 'down' | 'flat', previous: string, period: string): string;
  approximate: string;
  stale(since: string): string;
}

/** The comparison chart's own text. */
export interface ComparisonStrings {
  comparisonTitle(title: string, period: string): string;
  comparisonSummary(luton: string, higherThan: string[], lowerThan: string[], sameAs: string[]): string;
  noComparison(title: string): string;
  noComparator(luton: string, period: string): string;
  noFigureFor(period: string, areas: string[]): string;
  showTable: string;
  tableArea: string;
  tableValue: string;
  tablePeriod: string;
  chartLoading: string;
}
