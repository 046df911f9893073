import type { Action, Activity, ActivityStatus, StatusReport } from '@luton2040/schema';
import type { RequestOptions } from '../options.js';
import { find, type Reader, type RecordsApi } from './records.js';

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

/** Which activities to list; every field narrows the list, a list value matches any of its items. */
export interface ActivityFilter {
  /** ESS priority id. */
  priority?: string;
  /** Headline action id, e.g. `1.1`. */
  action?: string;
  /** Organisation id among the delivery owners. */
  owner?: string;
  /** Organisation id among the delivery partners. */
  partner?: string;
  /** Organisation id among owners or partners. */
  organisation?: string;
  /** Current status; `not-reported` for activities nobody has reported on. */
  status?: ActivityStatus | readonly ActivityStatus[];
  /**
   * Plan year (1 to 5): activities scheduled in that year, and ongoing ones. The plan does not date
   * its Year 1; the feed's `plan-year-1-start` setting says which date it assumes.
   */
  year?: number;
}

/** The plan's key delivery activities, their current status and its history. */
export interface ActivitiesApi extends RecordsApi<Activity> {
  /** Activities, in the plan's order, narrowed by the filter. */
  list(filter?: ActivityFilter & RequestOptions): Promise<Activity[]>;
  /** Every status report of one activity, oldest first. Empty when none was ever reported. */
  statusHistory(id: string, request?: RequestOptions): Promise<StatusReport[]>;
}

const oneOf = <T>(wanted: T | readonly T[] | undefined, value: T) =>
  wanted === undefined || (Array.isArray(wanted) ? wanted.includes(value) : wanted === value);

/** Whether an activity passes a filter (internal; exported for the tests of filters). */
export function matchesActivity(activity: Activity, filter: ActivityFilter): boolean {
  const { owners, partners, timeframe } = activity;
  return (
    oneOf(filter.priority, activity.priority) &&
    oneOf(filter.action, activity.action) &&
    oneOf(filter.status, activity.status) &&
    (filter.owner === undefined || owners.includes(filter.owner)) &&
    (filter.partner === undefined || partners.includes(filter.partner)) &&
    (filter.organisation === undefined || owners.includes(filter.organisation) || partners.includes(filter.organisation)) &&
    (filter.year === undefined || timeframe.ongoing || timeframe.years.includes(filter.year))
  );
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
    list: async (filter = {}) => (await all(filter)).filter((a) => oneOf(filter.priority, a.priority)),
    get: async (id, request) => find(await all(request), 'actions', id),
    async activities(id, request) {
      const [action, activities] = await Promise.all([all(request).then((a) => find(a, 'actions', id)), client.resource('activities', request)]);
      return action.activities.flatMap((activityId) => activities.filter((a) => a.id === activityId));
    },
  };
}
