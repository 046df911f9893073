import type { LutonClient, Sector, Setting, SourceDocument, Vacancy } from '@luton2040/sdk';

/** What the vacancy feed draws: every vacancy (its filters work on the page), sectors and the wage rate. */
export interface FeedData {
  vacancies: Vacancy[];
  sectors: Sector[];
  settings: Setting[];
  /** The documents settings cite (for the Real Living Wage rate's source). */
  documents: SourceDocument[];
  /** True when the feed marks its vacancies as sample (made-up) data. */
  sample: boolean;
}

/** Reads what `<luton-vacancy-feed>` draws (the widget and the server renderer share it). */
export async function loadFeedData(client: LutonClient, signal?: AbortSignal): Promise<FeedData> {
  const [read, sectors, settings, documents] = await Promise.all([
    client.read('vacancies', { signal }),
    client.resource('sectors', { signal }),
    client.resource('settings', { signal }),
    client.documents.list({ signal }).catch(() => []),
  ]);
  return { vacancies: read.data, sample: read.sample || read.data.some((v) => v.sample), sectors, settings, documents };
}
