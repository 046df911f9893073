import type { WidgetStrings } from '../../i18n/common.strings.js';

/** Every word `<luton-comparator-bars>` says, on a page and in an email. */
export interface ComparatorBarsStrings extends WidgetStrings {
  loading(id: string): string;
  caption(title: string, period: string): string;
  /** Luton's figure in the summary, e.g. "4.5% in 2022", `when` being "in 2022" or "reported in 2022". */
  lutonFigure(figure: string, when: string): string;
  /** Another area in the summary, e.g. "England (3.9%)". */
  area(name: string, figure: string): string;
  /** "Luton: 4.5% in 2022. Higher than England (3.9%). Lower than Slough (5.2%)." */
  summary(luton: string, higherThan: string[], lowerThan: string[], sameAs: string[]): string;
  noComparison(title: string): string;
  noComparator(luton: string, when: string): string;
  /** Before the source a KPI is planned to be measured with, which is not where a figure came from. */
  plannedSource(source: string): string;
  noFigureFor(period: string, areas: string[]): string;
  showTable: string;
  tableArea: string;
  tableValue: string;
  tablePeriod: string;
  /** Alt text of the chart as a picture (in an email): every area's figure, in the chart's order. */
  chartAlt(title: string, period: string, areas: string[]): string;
}
