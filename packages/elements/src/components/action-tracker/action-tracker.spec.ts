import type { Action, Activity, EssPriority, Organisation, Setting, StatusReport } from '@luton2040/sdk';
import { staleSince } from '../../widget/stale.js';
import type { WidgetSpec } from '../../widget/widget-spec.js';
import { actionTrackerEn } from './action-tracker.en.js';
import type { ActionTrackerStrings } from './action-tracker.strings.js';
import { actionTrackerView, type ActionTrackerView } from './action-tracker.view.js';

/** What the tracker draws from: the whole plan, since its filters work on the page. */
export interface ActionTrackerData {
  priorities: EssPriority[];
  actions: Action[];
  activities: Activity[];
  organisations: Organisation[];
  reports: StatusReport[];
  settings: Setting[];
  /** Set when the feed could not be reached and the last good copy is shown. */
  staleSince?: number;
}

/** `<luton-action-tracker>`: the Implementation Plan's activities with their reported status. */
export const actionTrackerSpec: WidgetSpec<Record<string, never>, ActionTrackerData, ActionTrackerView, ActionTrackerStrings> = {
  tag: 'luton-action-tracker',
  words: actionTrackerEn,
  // The filters narrow what is drawn, not what is read: changing one never reads the feed again.
  query: () => ({}),
  async load(client, _query, signal) {
    const reads = await Promise.all([
      client.read('essPriorities', { signal }),
      client.read('actions', { signal }),
      client.read('activities', { signal }),
      client.read('organisations', { signal }),
      client.read('statusReports', { signal }),
      client.read('settings', { signal }),
    ] as const);
    const [priorities, actions, activities, organisations, reports, settings] = reads.map((read) => read.data) as [
      EssPriority[],
      Action[],
      Activity[],
      Organisation[],
      StatusReport[],
      Setting[],
    ];
    const since = staleSince(...reads);
    return { priorities, actions, activities, organisations, reports, settings, ...(since === undefined ? {} : { staleSince: since }) };
  },
  loadDetail: () => ({ resource: 'activities' }),
  view: actionTrackerView,
};
