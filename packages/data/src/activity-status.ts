import { comparePeriods, type Activity, type StatusReport } from '@luton2040/schema';
import type { ActivityDefinition } from './tables/activities.js';

/**
 * An activity as published: its action's priority, and the status of its latest report, or
 * `not-reported` when there is none (status is never guessed). Among reports of the same date the
 * one listed last wins, because imports append newer reports at the end.
 */
export function withStatus(activity: ActivityDefinition, priority: string, reports: readonly StatusReport[]): Activity {
  const latest = reports
    .filter((r) => r.activity === activity.id)
    .reduce<StatusReport | undefined>((best, r) => (!best || comparePeriods(r.date, best.date) >= 0 ? r : best), undefined);
  const { citation, ...fields } = activity;
  return {
    ...fields,
    priority,
    status: latest?.status ?? 'not-reported',
    ...(latest ? { statusDate: latest.date } : {}),
    citation,
  };
}
