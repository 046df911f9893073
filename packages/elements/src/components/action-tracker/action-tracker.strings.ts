import type { ActivityStatus } from '@luton2040/sdk';
import type { WidgetStrings } from '../../i18n/common.strings.js';

/** Every word `<luton-action-tracker>` says, on a page and in an email. */
export interface ActionTrackerStrings extends WidgetStrings {
  loading: string;
  heading: string;
  /** The data source line's text (after "Source:"). */
  cited: string;
  filtersLabel: string;
  filter: { priority: string; owner: string; partner: string; status: string; year: string; all: string };
  planYear(year: number): string;
  /** A priority as a heading or an option: "1. Skills driving economic recovery and growth". */
  priority(number: number, title: string): string;
  status: Record<ActivityStatus, string>;
  /** "Showing 27 of 93 activities." */
  count(shown: number, total: number): string;
  noMatch: string;
  /** "27 activities", or "27 of 93 activities" when a filter narrows the plan. */
  activities(shown: number, total?: number): string;
  /** One status in a count: "26 not reported". */
  statusCount(count: number, status: string): string;
  /** "27 activities: 1 in progress, 26 not reported." */
  statusSummary(lead: string, counts: string[]): string;
  /** The progress bar's label: "0 of 27 complete". */
  progress(done: number, total: number): string;
  timeframe: string;
  owners: string;
  partners: string;
  noPartners: string;
  outputs: string;
  measureOfSuccess: string;
  lastUpdate: string;
  /** A report's date and evidence: "2023: …". */
  reported(date: string, evidence: string): string;
  reporter(name: string): string;
  noReport: string;
  /** When the plan years fall: the plan does not date its Year 1. */
  yearOneNote(start: string): string;
}
