import { livingWageStatus, type LivingWageStatus, type Sector, type SourceDocument, type Vacancy } from '@luton2040/sdk';
import { staleSince } from '../../widget/stale.js';
import type { WidgetSpec } from '../../widget/widget-spec.js';
import { vacancyFeedEn } from './vacancy-feed.en.js';
import type { VacancyFeedStrings } from './vacancy-feed.strings.js';
import { vacancyFeedView, type VacancyFeedView } from './vacancy-feed.view.js';

/** What the vacancy feed draws from: every vacancy (its filters work on the page), sectors and the Real Living Wage rates. */
export interface VacancyFeedData {
  vacancies: Vacancy[];
  sectors: Sector[];
  /** The Real Living Wage rates judged on the client's clock: whether the flag may be shown. */
  livingWage: LivingWageStatus;
  /** The documents the rates cite (for the rate's source). */
  documents: SourceDocument[];
  /** True when the feed marks its vacancies as sample (made-up) data. */
  sample: boolean;
  /** Set when the feed could not be reached and the last good copy is shown. */
  staleSince?: number;
}

/** `<luton-vacancy-feed>`: live vacancies from partners' JobPosting feeds. */
export const vacancyFeedSpec: WidgetSpec<Record<string, never>, VacancyFeedData, VacancyFeedView, VacancyFeedStrings> = {
  tag: 'luton-vacancy-feed',
  words: vacancyFeedEn,
  // The filters narrow what is drawn, not what is read: changing one never reads the feed again.
  query: () => ({}),
  async load(client, _query, signal) {
    const [read, sectors, livingWage, documents] = await Promise.all([
      client.read('vacancies', { signal }),
      client.read('sectors', { signal }),
      // Without the rates the vacancies still show: only the flag is withdrawn, and the note says why.
      client.vacancies.livingWage({ signal }).catch(() => livingWageStatus([], Date.now())),
      client.documents.list({ signal }).catch(() => []),
    ]);
    const since = staleSince(read, sectors);
    return {
      vacancies: read.data,
      sample: read.sample || read.data.some((v) => v.sample),
      sectors: sectors.data,
      livingWage,
      documents,
      ...(since === undefined ? {} : { staleSince: since }),
    };
  },
  loadDetail: () => ({ resource: 'vacancies' }),
  view: vacancyFeedView,
};
