import { IsoDate, type Setting } from '@luton2040/schema';
import type { ProblemLog } from './problems.js';
import type { Located } from './table.js';

/** Settings the dataset must give, because the documents do not. */
export interface DatasetSettings {
  /** The date the data speaks for; the feed's version and dates come from it. */
  dataDate: string;
  /** When the Implementation Plan's Year 1 begins (the plan does not say). */
  planYear1Start: string;
}

/** The settings keys every dataset must have, each a date. */
const requiredDates = { dataDate: 'data-date', planYear1Start: 'plan-year-1-start' } as const;

/** The required settings of settings records already checked by `readSettings` (a missing one is the epoch). */
export function settingsOf(settings: readonly Setting[]): DatasetSettings {
  const value = (key: string) => settings.find((s) => s.key === key)?.value ?? '1970-01-01';
  return { dataDate: value(requiredDates.dataDate), planYear1Start: value(requiredDates.planYear1Start) };
}

/** Finds the required settings, reporting a missing or malformed one at its line. */
export function readSettings(rows: Located<Setting>[], log: ProblemLog): DatasetSettings {
  const find = (key: string): string => {
    const row = rows.find((r) => r.record.key === key);
    if (!row) {
      log.add({ file: 'settings.csv', line: 0, field: key, message: 'missing setting' });
      return '1970-01-01';
    }
    if (!IsoDate.safeParse(row.record.value).success) {
      log.add({ file: row.file, line: row.line, field: 'value', message: `${key} must be a date like 2023-04-01 (got ${JSON.stringify(row.record.value)})` });
    }
    return row.record.value;
  };
  return { dataDate: find(requiredDates.dataDate), planYear1Start: find(requiredDates.planYear1Start) };
}
