import type { Vacancy } from '@luton2040/schema';
import type { RequestOptions, ResolvedOptions } from '../options.js';
import { today } from '../today.js';
import { find, type Reader } from './records.js';
import { matchesVacancy, newestPostedFirst, type VacancyFilter } from './vacancy-filter.js';

export type { VacancyFilter } from './vacancy-filter.js';

/** Live vacancies. */
export interface VacanciesApi {
  /** Vacancies matching the filter, newest first; closed ones are left out unless asked for. */
  list(filter?: VacancyFilter & RequestOptions): Promise<Vacancy[]>;
  /** One vacancy by id, closed or not; throws `NotFoundError` when there is none. */
  get(id: string, request?: RequestOptions): Promise<Vacancy>;
}

export function vacanciesApi(client: Reader, options: ResolvedOptions): VacanciesApi {
  return {
    async list(filter = {}) {
      const day = today(options.clock.now());
      return (await client.resource('vacancies', filter)).filter((v) => matchesVacancy(v, filter, day)).sort(newestPostedFirst);
    },
    get: async (id, request) => find(await client.resource('vacancies', request), 'vacancies', id),
  };
}
