import type { LutonClient } from '@luton2040/sdk';
import type { TrackerData } from './action-tracker.model.js';

/** Reads what `<luton-action-tracker>` draws: the whole plan, since its filters work on the page. */
export async function loadTrackerData(client: LutonClient, signal?: AbortSignal): Promise<TrackerData> {
  const [priorities, actions, activities, organisations, reports, settings] = await Promise.all([
    client.resource('essPriorities', { signal }),
    client.resource('actions', { signal }),
    client.resource('activities', { signal }),
    client.resource('organisations', { signal }),
    client.resource('statusReports', { signal }),
    client.resource('settings', { signal }),
  ]);
  return { priorities, actions, activities, organisations, reports, settings };
}
