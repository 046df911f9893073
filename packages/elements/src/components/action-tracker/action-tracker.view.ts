import type { Activity, ActivityStatus, Setting, StatusReport } from '@luton2040/sdk';
import { matchesActivity } from '@luton2040/sdk/predicates';
import { hasAttribute, numberAttribute } from '../../widget/attribute-values.js';
import { staleText } from '../../widget/stale.js';
import type { Attributes } from '../../widget/widget-spec.js';
import { actionTrackerEn } from './action-tracker.en.js';
import type { ActionTrackerData } from './action-tracker.spec.js';
import type { ActionTrackerStrings } from './action-tracker.strings.js';

/** Every status an activity can show, in the order the summaries list them. */
export const statusOrder: readonly ActivityStatus[] = ['complete', 'on-track', 'in-progress', 'at-risk', 'delayed', 'not-started', 'not-reported'];

/** The filters a reader can set, by attribute and in the controls. */
export const filterKeys = ['priority', 'owner', 'partner', 'status', 'year'] as const;
export type FilterKey = (typeof filterKeys)[number];

export interface FilterSelectView {
  name: FilterKey;
  label: string;
  options: { value: string; label: string; selected: boolean }[];
}

/** How many activities of one status: "26 not reported". */
export interface StatusCountView {
  status: ActivityStatus;
  count: number;
  text: string;
}

export interface ActivityView {
  id: string;
  title: string;
  status: ActivityStatus;
  statusLabel: string;
  /** Open when it is the one activity asked for. */
  open: boolean;
  /** The plan's fields, term and value. */
  fields: { term: string; value: string }[];
  lastUpdate: { term: string; text: string; reporter?: string };
}

/** What a collapsed group (a priority or an action) says about its activities: counts and a progress bar. */
export interface GroupSummaryView {
  /** "27 activities", for a count line with marks of its own (the email). */
  lead: string;
  counts: StatusCountView[];
  /** "27 activities: 1 in progress, 26 not reported." */
  summary: string;
  progressLabel: string;
  /** One segment per status present, in `statusOrder`, as a percentage of the group's activities. */
  segments: { status: ActivityStatus; percent: number }[];
  /**
   * Whether the group is drawn open before the reader chooses: a short list opens, a long one
   * shows its summary, so that what the page draws follows what is asked for, not the plan's size.
   */
  open: boolean;
}

export interface ActionView extends GroupSummaryView {
  number: string;
  title: string;
  activities: ActivityView[];
}

export interface PriorityView extends GroupSummaryView {
  id: string;
  heading: string;
  actions: ActionView[];
}

/**
 * Lists up to this many activities are drawn open (priorities and actions); longer ones start as
 * summaries. A narrow tracker (a phone) opens less (see the element).
 */
export const SHORT_LIST = 30;

/** Everything the tracker says for its filters, worked out without touching the DOM. */
export interface ActionTrackerView {
  heading: string;
  /** The filter controls; absent when hidden (`hide-filters`, or one activity asked for). */
  filters?: { label: string; selects: FilterSelectView[] };
  count: string;
  /** Said when no activity matches. */
  empty?: string;
  priorities: PriorityView[];
  /** "93 activities" or "27 of 93 activities", with the counts of every status shown. */
  overall: { lead: string; counts: StatusCountView[] };
  note?: string;
  /** "Source: …". */
  source: string;
  /** "out of date: …" when the plan is the last good copy of a feed that cannot be reached. */
  stale?: string;
}

/** The filters the attributes set; `activity` picks one activity by its number (e.g. `1.1.2`). */
function filterOf(attributes: Attributes) {
  const text = (name: string) => attributes[name] || undefined;
  return {
    activity: text('activity'),
    filter: {
      priority: text('priority'),
      owner: text('owner'),
      partner: text('partner'),
      status: text('status') as ActivityStatus | undefined,
      year: numberAttribute(attributes, 'year') || undefined,
    },
  };
}

function countsOf(activities: readonly Activity[], words: ActionTrackerStrings): StatusCountView[] {
  return statusOrder
    .map((status) => ({ status, count: activities.filter((a) => a.status === status).length }))
    .filter(({ count }) => count > 0)
    .map(({ status, count }) => ({ status, count, text: words.statusCount(count, words.status[status]) }));
}

/** The latest report of each activity, for the "last update" line. */
function latestReports(reports: readonly StatusReport[]): Map<string, StatusReport> {
  const latest = new Map<string, StatusReport>();
  for (const report of reports) {
    const current = latest.get(report.activity);
    if (!current || report.date > current.date) latest.set(report.activity, report);
  }
  return latest;
}

function yearOneNote(settings: readonly Setting[], words: ActionTrackerStrings): string | undefined {
  const start = settings.find((s) => s.key === 'plan-year-1-start')?.value;
  if (!start) return undefined;
  return words.yearOneNote(new Date(`${start}T00:00:00Z`).toLocaleDateString(words.locale, { month: 'long', year: 'numeric', timeZone: 'UTC' }));
}

function filtersView(data: ActionTrackerData, attributes: Attributes, words: ActionTrackerStrings): FilterSelectView[] {
  // One pass over the plan per list, not one per organisation: plans may have thousands of activities.
  const used = (pick: (a: Activity) => string[]) => {
    const named = new Set(data.activities.flatMap(pick));
    return data.organisations.filter((o) => named.has(o.id)).sort((a, b) => a.name.localeCompare(b.name, words.locale));
  };
  const select = (name: FilterKey, options: { value: string; label: string }[]): FilterSelectView => ({
    name,
    label: words.filter[name],
    options: [{ value: '', label: words.filter.all }, ...options].map((o) => ({ ...o, selected: (attributes[name] ?? '') === o.value })),
  });
  return [
    select('priority', [...data.priorities].sort((a, b) => a.number - b.number).map((p) => ({ value: p.id, label: words.priority(p.number, p.title) }))),
    select('owner', used((a) => a.owners).map((o) => ({ value: o.id, label: o.name }))),
    select('partner', used((a) => a.partners).map((o) => ({ value: o.id, label: o.name }))),
    select('status', statusOrder.map((s) => ({ value: s, label: words.status[s] }))),
    select('year', [1, 2, 3, 4, 5].map((y) => ({ value: String(y), label: words.planYear(y) }))),
  ];
}

/** What `<luton-action-tracker>` says about the plan, narrowed by its filter attributes. */
export function actionTrackerView(data: ActionTrackerData, attributes: Attributes, words: ActionTrackerStrings = actionTrackerEn): ActionTrackerView {
  const { activity, filter } = filterOf(attributes);
  const shown = data.activities.filter((a) => (!activity || a.id === activity) && matchesActivity(a, filter));
  const names = new Map(data.organisations.map((o) => [o.id, o.name]));
  const orgs = (ids: string[]) => ids.map((id) => names.get(id) ?? id).join('; ');
  const reports = latestReports(data.reports);
  const activityView = (a: Activity): ActivityView => {
    const report = reports.get(a.id);
    return {
      id: a.id,
      title: a.title,
      status: a.status,
      statusLabel: words.status[a.status],
      open: activity === a.id,
      fields: [
        { term: words.timeframe, value: a.timeframe.text },
        { term: words.owners, value: orgs(a.owners) },
        { term: words.partners, value: orgs(a.partners) || words.noPartners },
        { term: words.outputs, value: a.outputs },
        { term: words.measureOfSuccess, value: a.measureOfSuccess },
      ],
      lastUpdate: report
        ? { term: words.lastUpdate, text: words.reported(report.date, report.evidence), reporter: words.reporter(report.reporter) }
        : { term: words.lastUpdate, text: words.noReport },
    };
  };
  const byAction = new Map<string, Activity[]>();
  for (const a of shown) {
    const list = byAction.get(a.action);
    if (list) list.push(a);
    else byAction.set(a.action, [a]);
  }
  const summaryOf = (activities: readonly Activity[], open: boolean): GroupSummaryView => {
    const counts = countsOf(activities, words);
    const lead = words.activities(activities.length);
    return {
      lead,
      counts,
      summary: words.statusSummary(lead, counts.map((c) => c.text)),
      progressLabel: words.progress(activities.filter((a) => a.status === 'complete').length, activities.length),
      segments: counts.map(({ status, count }) => ({ status, percent: (count / activities.length) * 100 })),
      open,
    };
  };
  const actionsByPriority = new Map<string, typeof data.actions>();
  for (const action of data.actions) {
    if (!byAction.has(action.id)) continue;
    const list = actionsByPriority.get(action.priority);
    if (list) list.push(action);
    else actionsByPriority.set(action.priority, [action]);
  }
  const groups = [...data.priorities].sort((a, b) => a.number - b.number).filter((priority) => actionsByPriority.has(priority.id));
  const priorities = groups.map((priority): PriorityView => {
    const actions = actionsByPriority.get(priority.id)!;
    const activities = actions.flatMap((action) => byAction.get(action.id)!);
    const open = groups.length === 1 || shown.length <= SHORT_LIST;
    return {
      id: priority.id,
      heading: words.priority(priority.number, priority.title),
      ...summaryOf(activities, open),
      actions: actions.map((action) => {
        const own = byAction.get(action.id)!;
        let views: ActivityView[] | undefined;
        return {
          number: action.id,
          title: action.title,
          ...summaryOf(own, actions.length === 1 || activities.length <= SHORT_LIST),
          // Worked out when first read: a closed action's activities are never drawn, and a plan may have thousands.
          get activities() {
            return (views ??= own.map(activityView));
          },
        };
      }),
    };
  });
  const note = yearOneNote(data.settings, words);
  const stale = staleText(data.staleSince, words);
  return {
    heading: words.heading,
    ...(hasAttribute(attributes, 'hide-filters') || activity ? {} : { filters: { label: words.filtersLabel, selects: filtersView(data, attributes, words) } }),
    count: words.count(shown.length, data.activities.length),
    ...(priorities.length === 0 ? { empty: words.noMatch } : {}),
    priorities,
    overall: { lead: words.activities(shown.length, data.activities.length), counts: countsOf(shown, words) },
    ...(note ? { note } : {}),
    ...(stale ? { stale } : {}),
    source: `${words.source}: ${words.cited}`,
  };
}
