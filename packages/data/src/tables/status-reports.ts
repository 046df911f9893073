import * as z from 'zod/mini';
import { ReportedStatus, type StatusReport } from '@luton2040/schema';
import { OptionalText, PartialDateCell, Text, optional } from '../cells.js';
import { citationFrom } from '../citation.js';
import type { DatasetTable } from '../dataset-table.js';
import { oneOf } from '../table.js';

/** status-reports.csv: progress reports on activities, oldest to newest or in any order. */
export const statusReportsTable: DatasetTable<StatusReport> = {
  name: 'status-reports',
  // A new dataset starts with no reports: every activity is then "not reported".
  mayBeEmpty: true,
  columns: ['activity', 'status', 'date', 'evidence', 'reporter', 'doc', 'section', 'quote'],
  cells: z.object({
    activity: z.string().check(z.trim(), z.regex(/^[1-4]\.\d{1,2}\.\d{1,2}$/, 'must be an activity number like 1.1.1')),
    status: oneOf(ReportedStatus.options),
    date: PartialDateCell,
    evidence: Text,
    reporter: Text,
    doc: OptionalText,
    section: OptionalText,
  }).check(
    // An owner's report needs no document; evidence from a document must say where in it.
    z.refine((v) => !v.doc || Boolean(v.section), { message: 'must name the section of the document when doc is given', path: ['section'] }),
  ),
  toRecord: (v) => ({
    activity: v.activity!.trim(),
    status: v.status!.trim() as StatusReport['status'],
    date: v.date!.trim(),
    evidence: v.evidence!.trim(),
    reporter: v.reporter!.trim(),
    ...(optional(v.doc) ? { citation: citationFrom(v) } : {}),
  }),
  key: { field: 'activity', of: (r) => `${r.activity} ${r.date} ${r.status}` },
  refs: { activity: { to: 'activities', what: 'activity id' } },
};
