import * as z from 'zod/mini';
import { ActionId } from './action.js';
import { Citation, NonEmpty, PartialDate, Slug } from './primitives.js';

/** The plan's numbering of a key delivery activity, e.g. `1.1.1`. */
export const ActivityId = z.string().check(z.regex(/^[1-4]\.\d{1,2}\.\d{1,2}$/, 'must be an activity number like 1.1.1'));

/** When the plan schedules an activity, as written ("Year 1, 2", "Ongoing") and parsed. */
export const Timeframe = z.object({
  /** The plan's own words. */
  text: NonEmpty,
  /** Plan years (1 to 5) the activity is scheduled in; empty when it is only "Ongoing". */
  years: z.array(z.number().check(z.int(), z.minimum(1), z.maximum(5))),
  ongoing: z.boolean(),
});
export type Timeframe = z.infer<typeof Timeframe>;

/**
 * What an owner can report about an activity. `in-progress` says work is under way without judging
 * it against the timetable: what a document's evidence of progress supports on its own.
 */
export const ReportedStatus = z.enum(['not-started', 'in-progress', 'on-track', 'at-risk', 'delayed', 'complete']);
export type ReportedStatus = z.infer<typeof ReportedStatus>;

/** An activity's published status: its latest report, or `not-reported` (never guessed). */
export const ActivityStatus = z.enum(['not-reported', ...ReportedStatus.options]);
export type ActivityStatus = z.infer<typeof ActivityStatus>;

/** One of the 93 key delivery activities of the Implementation Plan, with its current status. */
export const Activity = z.object({
  id: ActivityId,
  action: ActionId,
  /** The ESS priority id of its action, repeated so that filters need no join. */
  priority: Slug,
  title: NonEmpty,
  timeframe: Timeframe,
  /** Organisation ids of the delivery owners. */
  owners: z.array(Slug),
  /** Organisation ids of the delivery partners. */
  partners: z.array(Slug),
  outputs: NonEmpty,
  measureOfSuccess: NonEmpty,
  /** The latest status report's status, or `not-reported`; the history is in `statusReports`. */
  status: ActivityStatus,
  /** Date of the latest status report, when there is one. */
  statusDate: z.optional(PartialDate),
  citation: Citation,
});
export type Activity = z.infer<typeof Activity>;
