import type { EmploymentType, Salary } from '@luton2040/sdk';
import type { WidgetStrings } from '../../i18n/common.strings.js';

/** Every word `<luton-vacancy-feed>` says, on a page and in an email. */
export interface VacancyFeedStrings extends WidgetStrings {
  loading: string;
  heading: string;
  /** Above a list of made-up vacancies. */
  sampleBanner: string;
  filtersLabel: string;
  sector: string;
  allSectors: string;
  contract: string;
  allContracts: string;
  employmentType: Record<EmploymentType, string>;
  /** The filter checkbox and the flag on a vacancy. */
  paysLivingWage: string;
  noMatch: string;
  /** "Showing 5 of 12 open vacancies." */
  count(shown: number, open: number): string;
  /** In an email: "The newest 5 of 12 open vacancies." */
  newest(shown: number, open: number): string;
  showMore: string;
  /** Read out after a link that opens a new tab. */
  opensInNewTab: string;
  payNotStated: string;
  /** "£21,000 to £23,500": a salary range. */
  range(min: string, max: string): string;
  per: Record<Salary['unit'], string>;
  closes(date: string): string;
  noClosingDate: string;
  /** What the Real Living Wage flag means, or why it is not shown, with the rate's source. */
  wageNote: {
    missing: string;
    /** "£13.45 an hour, announced by the Living Wage Foundation on 22 October 2025". */
    rate(money: string, announced: string): string;
    outOfDate(rate: string, months: string): string;
    current(rate: string, hours: string): string;
    /** After the note: " Source: …", with ", sample value" for a rate made up for the demo. */
    source(cited: string, sample: boolean): string;
  };
}
