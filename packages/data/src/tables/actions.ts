import * as z from 'zod/mini';
import type { Action } from '@luton2040/schema';
import { IdCell, Text } from '../cells.js';
import { citationFrom } from '../citation.js';
import { checkActionText } from '../checks/plan-text.js';
import type { DatasetTable } from '../dataset-table.js';

/** An action as its row defines it; its activity ids are attached from activities.csv. */
export type ActionDefinition = Omit<Action, 'activities'>;

/** actions.csv: the 17 headline actions of the Implementation Plan. */
export const actionsTable: DatasetTable<ActionDefinition> = {
  name: 'actions',
  columns: ['id', 'priority', 'title', 'doc', 'section'],
  cells: z.object({
    id: z.string().check(z.trim(), z.regex(/^[1-4]\.\d{1,2}$/, 'must be an action number like 1.1')),
    priority: IdCell,
    title: Text,
    doc: Text,
    section: Text,
  }),
  toRecord: (v) => ({ id: v.id!.trim(), priority: v.priority!.trim(), title: v.title!.trim(), citation: citationFrom(v) }),
  key: { field: 'id', of: (r) => r.id },
  refs: { priority: { to: 'essPriorities', what: 'ESS priority id' } },
  check: checkActionText,
};
