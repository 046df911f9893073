import type { Activity, ActivityStatus } from '@luton2040/schema';

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

const oneOf = <T>(wanted: T | readonly T[] | undefined, value: T) =>
  wanted === undefined || (Array.isArray(wanted) ? wanted.includes(value) : wanted === value);

/**
 * Whether an activity passes a filter: the test `client.activities.list` applies, for code (such as
 * a widget's filter controls) that narrows activities it already holds.
 */
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
