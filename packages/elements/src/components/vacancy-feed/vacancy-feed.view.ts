import { checkLivingWage, LIVING_WAGE_MAX_AGE_MONTHS, safeHttpUrl, STANDARD_WEEK_HOURS, type LivingWageStatus, type SourceDocument, type EmploymentType, type Salary, type SectorId, type Vacancy } from '@luton2040/sdk';
import { matchesVacancy, newestPostedFirst, today } from '@luton2040/sdk/predicates';
import { dayOf } from '../../i18n/format.js';
import { hasAttribute, numberAttribute } from '../../widget/attribute-values.js';
import { staleText } from '../../widget/stale.js';
import type { Attributes } from '../../widget/widget-spec.js';
import { vacancyFeedEn } from './vacancy-feed.en.js';
import type { VacancyFeedData } from './vacancy-feed.spec.js';
import type { VacancyFeedStrings } from './vacancy-feed.strings.js';

/** How many vacancies show before "Show more" when `limit` is not given: the element's default too. */
const DEFAULT_LIMIT = 5;

/** One vacancy as the feed shows it. Every string comes from a partner's feed: templates write them as text. */
export interface VacancyView {
  id: string;
  title: string;
  /** Links only to web addresses. */
  url?: string;
  employer: string;
  employerUrl?: string;
  locality: string;
  /** "Sample data" when the vacancy is made up. */
  sample?: string;
  /** Pay, contract, sector, closing date. */
  facts: string[];
  /** The Real Living Wage flag, when the pay is at least the rate. */
  livingWage?: string;
}

export interface VacancyFiltersView {
  label: string;
  sector: { label: string; options: { value: string; label: string; selected: boolean }[] };
  contract: { label: string; options: { value: string; label: string; selected: boolean }[] };
  /** The Real Living Wage checkbox, while the feed's rates are current. */
  livingWage?: { label: string; checked: boolean };
}

/** Everything the vacancy feed says for its filters, worked out without touching the DOM. */
export interface VacancyFeedView {
  heading: string;
  /** The whole feed is sample (made-up) data. */
  sample: boolean;
  sampleBanner?: string;
  /** The filter controls; absent with `hide-filters`. */
  filters?: VacancyFiltersView;
  /** No open vacancy matches. */
  empty: boolean;
  count: string;
  /** The count as an email says it. */
  newest: string;
  /** The newest open vacancies that match, at most `limit`. */
  vacancies: VacancyView[];
  /** The "show more" button, when more match than are shown. */
  more?: string;
  /** What the Real Living Wage flag means, or why it is not shown, with the rate's source (the SDK's words). */
  wageNote: string;
  /** "out of date: …" when the vacancies are the last good copy of a feed that cannot be reached. */
  stale?: string;
}

function salaryText(salary: Salary, words: VacancyFeedStrings): string {
  const money = (n: number) =>
    new Intl.NumberFormat(words.locale, { style: 'currency', currency: salary.currency, maximumFractionDigits: Number.isInteger(n) ? 0 : 2 }).format(n);
  const range = salary.max && salary.max !== salary.min ? words.range(money(salary.min), money(salary.max)) : money(salary.min);
  return `${range} ${words.per[salary.unit]}`;
}

/** The SDK's livingWageNote, in the widget's language. */
function wageNote(status: LivingWageStatus, documents: readonly Pick<SourceDocument, 'id' | 'title' | 'published'>[], words: VacancyFeedStrings): string {
  const note = words.wageNote;
  if (status.state === 'missing' || !status.newest) return note.missing;
  const { newest } = status;
  const number = (n: number, options?: Intl.NumberFormatOptions) => new Intl.NumberFormat(words.locale, options).format(n);
  const rate = note.rate(number(newest.ukOutsideLondon, { style: 'currency', currency: 'GBP', minimumFractionDigits: 2 }), dayOf(newest.announced, words.locale));
  const cited = documents.find((d) => d.id === newest.citation.doc);
  const source = note.source(cited ? `${cited.title} (${cited.published})` : newest.citation.doc, Boolean(newest.sample));
  const line = status.state === 'out-of-date' ? note.outOfDate(rate, number(LIVING_WAGE_MAX_AGE_MONTHS)) : note.current(rate, number(STANDARD_WEEK_HOURS));
  return line + source;
}

/** What `<luton-vacancy-feed>` says: the open vacancies that match its filters, on `today` (default: today). */
export function vacancyFeedView(data: VacancyFeedData, attributes: Attributes, words: VacancyFeedStrings = vacancyFeedEn): VacancyFeedView {
  const sector = (attributes.sector || undefined) as SectorId | undefined;
  const contract = (attributes.contract || undefined) as EmploymentType | undefined;
  const onlyLivingWage = hasAttribute(attributes, 'living-wage');
  const limit = numberAttribute(attributes, 'limit') ?? 0;
  // Judged on the client's clock when read: past the rates' age limit no vacancy is flagged, and the note says why.
  const wage = data.livingWage;
  const pays = (v: Vacancy) => checkLivingWage(v, wage).verdict === 'pays';
  const day = attributes.today || today();
  const open = data.vacancies
    .filter((v) => matchesVacancy(v, { sector, contract }, day) && (!onlyLivingWage || pays(v)))
    .sort(newestPostedFirst);
  const shown = open.slice(0, limit > 0 ? limit : DEFAULT_LIMIT);
  const sectorNames = new Map(data.sectors.map((s) => [s.id, s.name]));
  const vacancy = (v: Vacancy): VacancyView => {
    const url = safeHttpUrl(v.url);
    const employerUrl = safeHttpUrl(v.employer.url);
    return {
      id: v.id,
      title: v.title,
      employer: v.employer.name,
      locality: v.location.locality,
      facts: [
        v.salary ? salaryText(v.salary, words) : words.payNotStated,
        v.employmentType.map((t) => words.employmentType[t]).join(', '),
        v.sector ? (sectorNames.get(v.sector) ?? v.sector) : '',
        v.validThrough ? words.closes(dayOf(v.validThrough, words.locale)) : words.noClosingDate,
      ].filter(Boolean),
      ...(url ? { url } : {}),
      ...(employerUrl ? { employerUrl } : {}),
      ...(v.sample ? { sample: words.sampleData } : {}),
      ...(pays(v) ? { livingWage: words.paysLivingWage } : {}),
    };
  };
  const stale = staleText(data.staleSince, words);
  const option = (value: string, label: string, current: string | undefined) => ({ value, label, selected: (current ?? '') === value });
  return {
    heading: words.heading,
    sample: data.sample,
    ...(data.sample ? { sampleBanner: words.sampleBanner } : {}),
    ...(hasAttribute(attributes, 'hide-filters')
      ? {}
      : {
          filters: {
            label: words.filtersLabel,
            sector: {
              label: words.sector,
              options: [option('', words.allSectors, sector), ...[...data.sectors].sort((a, b) => a.order - b.order).map((s) => option(s.id, s.name, sector))],
            },
            contract: {
              label: words.contract,
              options: [option('', words.allContracts, contract), ...Object.entries(words.employmentType).map(([value, label]) => option(value, label, contract))],
            },
            ...(wage.state === 'current' ? { livingWage: { label: words.paysLivingWage, checked: onlyLivingWage } } : {}),
          },
        }),
    empty: open.length === 0,
    count: open.length === 0 ? words.noMatch : words.count(shown.length, open.length),
    newest: open.length === 0 ? words.noMatch : words.newest(shown.length, open.length),
    vacancies: shown.map(vacancy),
    ...(shown.length < open.length ? { more: words.showMore } : {}),
    wageNote: wageNote(wage, data.documents, words),
    ...(stale ? { stale } : {}),
  };
}
