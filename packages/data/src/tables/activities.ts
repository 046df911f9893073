import * as z from 'zod/mini';
import type { Activity } from '@luton2040/schema';
import { IdListCell, Text, splitList } from '../cells.js';
import { citationFrom } from '../citation.js';
import { checkActivityText } from '../checks/plan-text.js';
import type { DatasetTable } from '../dataset-table.js';
import { parseTimeframe, timeframeRule } from '../timeframe.js';

/** An activity as its row defines it; priority and status are added from its action and its reports. */
export type ActivityDefinition = Omit<Activity, 'priority' | 'status' | 'statusDate'>;

/** activities.csv: the 93 key delivery activities, every column of the plan's tables. */
export const activitiesTable: DatasetTable<ActivityDefinition> = {
  name: 'activities',
  columns: ['id', 'action', 'title', 'timeframe', 'owners', 'partners', 'outputs', 'measures', 'doc', 'section'],
  cells: z.object({
    id: z.string().check(z.trim(), z.regex(/^[1-4]\.\d{1,2}\.\d{1,2}$/, 'must be an activity number like 1.1.1')),
    action: z.string().check(z.trim(), z.regex(/^[1-4]\.\d{1,2}$/, 'must be an action number like 1.1')),
    title: Text,
    timeframe: z.string().check(z.refine((text) => parseTimeframe(text) !== undefined, timeframeRule)),
    owners: IdListCell.check(z.minLength(1, 'must name at least one delivery owner')),
    partners: IdListCell,
    outputs: Text,
    measures: Text,
    doc: Text,
    section: Text,
  }),
  toRecord: (v) => ({
    id: v.id!.trim(),
    action: v.action!.trim(),
    title: v.title!.trim(),
    timeframe: parseTimeframe(v.timeframe!)!,
    owners: splitList(v.owners!),
    partners: splitList(v.partners ?? ''),
    outputs: v.outputs!.trim(),
    measureOfSuccess: v.measures!.trim(),
    citation: citationFrom(v),
  }),
  key: { field: 'id', of: (r) => r.id },
  refs: {
    action: { to: 'actions', what: 'action id' },
    owners: { to: 'organisations', what: 'organisation id' },
    partners: { to: 'organisations', what: 'organisation id' },
  },
  check: (item, context) => {
    const { file, line, record } = item;
    const numbered = record.id.startsWith(`${record.action}.`);
    if (!numbered) context.log.add({ file, line, field: 'id', message: `activity ${record.id} is not numbered under its action ${record.action}` });
    return checkActivityText(item, context) && numbered;
  },
};
