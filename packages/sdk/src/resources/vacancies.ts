import type { EmploymentType, Manifest, SectorId, Vacancy } from '@luton2040/schema';
import { livingWageStatus, type LivingWageStatus } from '../living-wage.js';
import type { RequestOptions, ResolvedOptions } from '../options.js';
import { find, type Reader } from './records.js';

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

/** Live vacancies. */
export interface VacanciesApi {
  /** Vacancies matching the filter, newest first; closed ones are left out unless asked for. */
  list(filter?: VacancyFilter & RequestOptions): Promise<Vacancy[]>;
  /** One vacancy by id, closed or not; throws `NotFoundError` when there is none. */
  get(id: string, request?: RequestOptions): Promise<Vacancy>;
  /**
   * The feed's Real Living Wage rates judged on the client's clock (`clock.now`): whether the newest
   * may still be used to flag vacancies (see `checkLivingWage`). A feed without the rates gives
   * `state: 'missing'`.
   */
  livingWage(request?: RequestOptions): Promise<LivingWageStatus>;
}

/** What the vacancies API needs of a client: its resources, and the manifest to tell whether the rates are published. */
export type VacancyReader = Reader & { manifest(request?: RequestOptions): Promise<Manifest> };

const oneOf = <T>(wanted: T | readonly T[] | undefined, values: readonly (T | undefined)[]) =>
  wanted === undefined || values.some((v) => (Array.isArray(wanted) ? wanted.includes(v) : wanted === v));

/** Whether a vacancy passes a filter on `today` (`YYYY-MM-DD`). */
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

export function vacanciesApi(client: VacancyReader, options: ResolvedOptions): VacanciesApi {
  return {
    async list(filter = {}) {
      const today = new Date(options.clock.now()).toISOString().slice(0, 10);
      return (await client.resource('vacancies', filter))
        .filter((v) => matchesVacancy(v, filter, today))
        .sort((a, b) => b.datePosted.localeCompare(a.datePosted));
    },
    get: async (id, request) => find(await client.resource('vacancies', request), 'vacancies', id),
    async livingWage(request) {
      const published = (await client.manifest(request)).resources.livingWageRates !== undefined;
      return livingWageStatus(published ? await client.resource('livingWageRates', request) : [], options.clock.now());
    },
  };
}
