import type { Action, Activity, StatusReport } from '@luton2040/schema';
import type { RequestOptions } from '../options.js';
import { matchesActivity, type ActivityFilter } from './activity-filter.js';
import { find, type Reader, type RecordsApi } from './records.js';

export type { ActivityFilter } from './activity-filter.js';

/** Which headline actions to list. */
export interface ActionFilter {
  /** ESS priority id, e.g. `inequality-inactivity`. */
  priority?: string;
}

/** The plan's headline actions. */
export interface ActionsApi extends RecordsApi<Action> {
  /** Headline actions, in the plan's order, narrowed by the filter. */
  list(filter?: ActionFilter & RequestOptions): Promise<Action[]>;
  /** The key delivery activities of one action, in the plan's order. */
  activities(id: string, request?: RequestOptions): Promise<Activity[]>;
}

/** The plan's key delivery activities, their current status and its history. */
export interface ActivitiesApi extends RecordsApi<Activity> {
  /** Activities, in the plan's order, narrowed by the filter. */
  list(filter?: ActivityFilter & RequestOptions): Promise<Activity[]>;
  /** Every status report of one activity, oldest first. Empty when none was ever reported. */
  statusHistory(id: string, request?: RequestOptions): Promise<StatusReport[]>;
}

/** Status reports dated as precisely as their evidence (`2023`, `2023-01`, `2023-01-15`) sort by their text. */
const byDate = (a: StatusReport, b: StatusReport) => a.date.localeCompare(b.date);

export function activitiesApi(client: Reader): ActivitiesApi {
  const all = (request?: RequestOptions) => client.resource('activities', request);
  return {
    list: async (filter = {}) => (await all(filter)).filter((a) => matchesActivity(a, filter)),
    get: async (id, request) => find(await all(request), 'activities', id),
    async statusHistory(id, request) {
      const [activities, reports] = await Promise.all([all(request), client.resource('statusReports', request)]);
      find(activities, 'activities', id);
      return reports.filter((r) => r.activity === id).sort(byDate);
    },
  };
}

export function actionsApi(client: Reader): ActionsApi {
  const all = (request?: RequestOptions) => client.resource('actions', request);
  return {
    list: async (filter = {}) => (await all(filter)).filter((a) => filter.priority === undefined || a.priority === filter.priority),
    get: async (id, request) => find(await all(request), 'actions', id),
    async activities(id, request) {
      const [action, activities] = await Promise.all([all(request).then((a) => find(a, 'actions', id)), client.resource('activities', request)]);
      return action.activities.flatMap((activityId) => activities.filter((a) => a.id === activityId));
    },
  };
}
