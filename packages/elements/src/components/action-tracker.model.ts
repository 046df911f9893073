import type { Action, Activity, ActivityStatus, EssPriority, Organisation, Setting, StatusReport } from '@luton2040/sdk';

/** Every status an activity can show, in the order the summary lists them. */
export const statusOrder: readonly ActivityStatus[] = ['complete', 'on-track', 'in-progress', 'at-risk', 'delayed', 'not-started', 'not-reported'];

export const statusLabels: Record<ActivityStatus, string> = {
  complete: 'Complete',
  'on-track': 'On track',
  'in-progress': 'In progress',
  'at-risk': 'At risk',
  delayed: 'Delayed',
  'not-started': 'Not started',
  'not-reported': 'Not reported',
};

/** What the tracker may be narrowed to; every field is optional and they combine with AND. */
export interface ActivityFilter {
  priority?: string | undefined;
  owner?: string | undefined;
  partner?: string | undefined;
  status?: string | undefined;
  /** Plan year 1-5: activities scheduled that year, and ongoing ones. */
  year?: number | undefined;
  /** One activity by its number, e.g. `1.1.2`. */
  activity?: string | undefined;
}

export interface TrackerData {
  priorities: EssPriority[];
  actions: Action[];
  activities: Activity[];
  organisations: Organisation[];
  reports: StatusReport[];
  settings: Setting[];
}

export function matches(activity: Activity, filter: ActivityFilter): boolean {
  return (
    (!filter.activity || activity.id === filter.activity) &&
    (!filter.priority || activity.priority === filter.priority) &&
    (!filter.owner || activity.owners.includes(filter.owner)) &&
    (!filter.partner || activity.partners.includes(filter.partner)) &&
    (!filter.status || activity.status === filter.status) &&
    (!filter.year || activity.timeframe.ongoing || activity.timeframe.years.includes(filter.year))
  );
}

export type StatusCounts = Record<ActivityStatus, number>;

export function countStatuses(activities: readonly Activity[]): StatusCounts {
  const counts = Object.fromEntries(statusOrder.map((s) => [s, 0])) as StatusCounts;
  for (const a of activities) counts[a.status] += 1;
  return counts;
}

export interface ActionGroup {
  action: Action;
  activities: Activity[];
}

export interface PriorityGroup {
  priority: EssPriority;
  counts: StatusCounts;
  total: number;
  actions: ActionGroup[];
}

/** The filtered activities grouped by ESS priority and headline action, in the plan's order. */
export function groupActivities(data: TrackerData, filter: ActivityFilter): PriorityGroup[] {
  const shown = data.activities.filter((a) => matches(a, filter));
  const byAction = new Map<string, Activity[]>();
  for (const activity of shown) byAction.set(activity.action, [...(byAction.get(activity.action) ?? []), activity]);
  return [...data.priorities]
    .sort((a, b) => a.number - b.number)
    .map((priority) => {
      const actions = data.actions
        .filter((action) => action.priority === priority.id && byAction.has(action.id))
        .map((action) => ({ action, activities: byAction.get(action.id)! }));
      const activities = actions.flatMap((g) => g.activities);
      return { priority, actions, counts: countStatuses(activities), total: activities.length };
    })
    .filter((group) => group.total > 0);
}

/** The latest report of each activity, for the "last update" line. */
export function latestReports(reports: readonly StatusReport[]): Map<string, StatusReport> {
  const latest = new Map<string, StatusReport>();
  for (const report of reports) {
    const current = latest.get(report.activity);
    if (!current || report.date > current.date) latest.set(report.activity, report);
  }
  return latest;
}

/** "Year 1, 2 (from April 2022, assumed)"-style note on when plan years fall. */
export function yearOneNote(settings: readonly Setting[]): string | undefined {
  const start = settings.find((s) => s.key === 'plan-year-1-start')?.value;
  if (!start) return undefined;
  const date = new Date(`${start}T00:00:00Z`).toLocaleDateString('en-GB', { month: 'long', year: 'numeric', timeZone: 'UTC' });
  return `Plan years are counted from ${date}, an assumed start: the plan does not date its Year 1.`;
}
