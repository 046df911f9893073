import type { Manifest, Vacancy } from '@luton2040/schema';
import { livingWageStatus, type LivingWageStatus } from '../living-wage.js';
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
  /**
   * The feed's Real Living Wage rates judged on the client's clock (`clock.now`): whether the newest
   * may still be used to flag vacancies (see `checkLivingWage`). A feed without the rates gives
   * `state: 'missing'`.
   */
  livingWage(request?: RequestOptions): Promise<LivingWageStatus>;
}

/** What the vacancies API needs of a client: its resources, and the manifest to tell whether the rates are published. */
export type VacancyReader = Reader & { manifest(request?: RequestOptions): Promise<Manifest> };

export function vacanciesApi(client: VacancyReader, options: ResolvedOptions): VacanciesApi {
  return {
    async list(filter = {}) {
      const day = today(options.clock.now());
      return (await client.resource('vacancies', filter)).filter((v) => matchesVacancy(v, filter, day)).sort(newestPostedFirst);
    },
    get: async (id, request) => find(await client.resource('vacancies', request), 'vacancies', id),
    async livingWage(request = {}) {
      // One deadline for the manifest and the rates together, as for any read: the caller hears within it.
      const end = performance.now() + (request.deadline ?? options.deadline);
      const left = () => Math.max(1, end - performance.now());
      const published = (await client.manifest({ ...request, deadline: left() })).resources.livingWageRates !== undefined;
      return livingWageStatus(published ? await client.resource('livingWageRates', { ...request, deadline: left() }) : [], options.clock.now());
    },
  };
}
