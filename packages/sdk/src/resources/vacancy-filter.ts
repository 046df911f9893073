import type { EmploymentType, SectorId, Vacancy } from '@luton2040/schema';

/** Which vacancies to list; every field narrows the list, a list value matches any of its items. */
export interface VacancyFilter {
  /** ESS priority sector. */
  sector?: SectorId | readonly SectorId[];
  /** Contract: schema.org employment type, e.g. `FULL_TIME`, `APPRENTICESHIP`. */
  contract?: EmploymentType | readonly EmploymentType[];
  /** Only vacancies still open on this date (`YYYY-MM-DD`); those without a closing date are kept. */
  closingAfter?: string;
  /** Only vacancies closing on or before this date (`YYYY-MM-DD`); those without a closing date are left out. */
  closingBefore?: string;
  /** Keep vacancies whose closing date has passed. Default: false. */
  includeExpired?: boolean;
}

const oneOf = <T>(wanted: T | readonly T[] | undefined, values: readonly (T | undefined)[]) =>
  wanted === undefined || values.some((v) => (Array.isArray(wanted) ? wanted.includes(v) : wanted === v));

/**
 * Whether a vacancy passes a filter on `today` (`YYYY-MM-DD`): the test `client.vacancies.list`
 * applies, for code that narrows vacancies it already holds.
 */
export function matchesVacancy(vacancy: Vacancy, filter: VacancyFilter, today: string): boolean {
  const closes = vacancy.validThrough;
  return (
    oneOf(filter.sector, [vacancy.sector]) &&
    oneOf(filter.contract, vacancy.employmentType) &&
    (filter.includeExpired || !closes || closes >= today) &&
    (filter.closingAfter === undefined || !closes || closes >= filter.closingAfter) &&
    (filter.closingBefore === undefined || (!!closes && closes <= filter.closingBefore))
  );
}

/** Sort order of vacancy lists: newest posting first, then by id, so that equal dates keep one order everywhere. */
export function newestPostedFirst(a: Vacancy, b: Vacancy): number {
  return b.datePosted.localeCompare(a.datePosted) || a.id.localeCompare(b.id);
}
