import type { FeedData } from '@luton2040/elements/components/vacancy-feed.component.js';
import type { LutonClient } from '@luton2040/sdk';

/** What `<luton-vacancy-feed>` draws: every vacancy, since its filters work on the page. */
export async function loadVacancies(client: LutonClient, signal?: AbortSignal): Promise<FeedData> {
  const [vacancies, sectors, settings] = await Promise.all([
    client.resource('vacancies', { signal }),
    client.resource('sectors', { signal }),
    client.resource('settings', { signal }),
  ]);
  return { vacancies, sectors, settings };
}
