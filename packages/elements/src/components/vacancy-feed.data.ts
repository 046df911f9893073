import { livingWageStatus, type LivingWageStatus, type LutonClient, type Sector, type SourceDocument, type Vacancy } from '@luton2040/sdk';

/** What the vacancy feed draws: every vacancy (its filters work on the page), sectors and the Real Living Wage rates. */
export interface FeedData {
  vacancies: Vacancy[];
  sectors: Sector[];
  /** The Real Living Wage rates judged on the client's clock: whether the flag may be shown. */
  livingWage: LivingWageStatus;
  /** The documents the rates cite (for the rate's source). */
  documents: SourceDocument[];
  /** True when the feed marks its vacancies as sample (made-up) data. */
  sample: boolean;
}

/** Reads what `<luton-vacancy-feed>` draws (the widget and the server renderer share it). */
export async function loadFeedData(client: LutonClient, signal?: AbortSignal): Promise<FeedData> {
  const [read, sectors, livingWage, documents] = await Promise.all([
    client.read('vacancies', { signal }),
    client.resource('sectors', { signal }),
    // Without the rates the vacancies still show: only the flag is withdrawn, and the note says why.
    client.vacancies.livingWage({ signal }).catch(() => livingWageStatus([], Date.now())),
    client.documents.list({ signal }).catch(() => []),
  ]);
  return { vacancies: read.data, sample: read.sample || read.data.some((v) => v.sample), sectors, livingWage, documents };
}
