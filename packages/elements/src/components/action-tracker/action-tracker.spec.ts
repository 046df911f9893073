import type { Action, Activity, EssPriority, Organisation, Setting, StatusReport } from '@luton2040/sdk';
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
}

/** `<luton-action-tracker>`: the Implementation Plan's activities with their reported status. */
export const actionTrackerSpec: WidgetSpec<Record<string, never>, ActionTrackerData, ActionTrackerView, ActionTrackerStrings> = {
  tag: 'luton-action-tracker',
  words: actionTrackerEn,
  // The filters narrow what is drawn, not what is read: changing one never reads the feed again.
  query: () => ({}),
  async load(client, _query, signal) {
    const [priorities, actions, activities, organisations, reports, settings] = await Promise.all([
      client.resource('essPriorities', { signal }),
      client.resource('actions', { signal }),
      client.resource('activities', { signal }),
      client.resource('organisations', { signal }),
      client.resource('statusReports', { signal }),
      client.resource('settings', { signal }),
    ]);
    return { priorities, actions, activities, organisations, reports, settings };
  },
  loadDetail: () => ({ resource: 'activities' }),
  view: actionTrackerView,
};
