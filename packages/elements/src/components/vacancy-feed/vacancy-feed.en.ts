import { commonEn } from '../../i18n/common.en.js';
import type { VacancyFeedStrings } from './vacancy-feed.strings.js';

/** English (en-GB) words of `<luton-vacancy-feed>`. */
export const vacancyFeedEn: VacancyFeedStrings = {
  ...commonEn,
  failed: 'This list could not be loaded.',
  notFound: (id) => `There is no vacancy “${id}” in the feed.`,
  loading: 'Loading vacancies…',
  heading: 'Vacancies',
  sampleBanner: 'Sample data: these vacancies are made up for demonstration.',
  filtersLabel: 'Filter vacancies',
  sector: 'Sector',
  allSectors: 'All sectors',
  contract: 'Contract',
  allContracts: 'All contracts',
  employmentType: {
    FULL_TIME: 'Full time',
    PART_TIME: 'Part time',
    CONTRACTOR: 'Contract',
    TEMPORARY: 'Temporary',
    INTERN: 'Internship',
    VOLUNTEER: 'Volunteer',
    PER_DIEM: 'Daily rate',
    APPRENTICESHIP: 'Apprenticeship',
    OTHER: 'Other',
  },
  paysLivingWage: 'Pays at least the Real Living Wage',
  noMatch: 'No open vacancies match.',
  count: (shown, open) => `Showing ${shown} of ${open} open vacancies.`,
  newest: (shown, open) => `The newest ${shown} of ${open} open vacancies.`,
  showMore: 'Show more vacancies',
  opensInNewTab: ' (opens in a new tab)',
  payNotStated: 'Pay not stated',
  range: (min, max) => `${min} to ${max}`,
  per: { HOUR: 'an hour', DAY: 'a day', WEEK: 'a week', MONTH: 'a month', YEAR: 'a year' },
  closes: (date) => `Closes ${date}`,
  noClosingDate: 'No closing date given',
  wageNote: {
    missing: 'Real Living Wage flag: not shown, as the data holds no rate.',
    rate: (money, announced) => `${money} an hour, announced by the Living Wage Foundation on ${announced}`,
    outOfDate: (rate, months) => `Real Living Wage flag: not shown, as the newest rate in the data (${rate}) is more than ${months} months old and needs updating.`,
    current: (rate, hours) =>
      `Real Living Wage flag: pay of at least the rate in force when the vacancy was posted (newest: ${rate}); annual and weekly salaries are compared at ${hours} hours a week.`,
    source: (cited, sample) => ` Source: ${cited}${sample ? ', sample value' : ''}.`,
  },
};
