import * as z from 'zod/mini';
import { ActivityId, ReportedStatus } from './activity.js';
import { Citation, NonEmpty, PartialDate } from './primitives.js';

/**
 * A report of progress on an activity: owners report over time, and a later document that
 * evidences progress is recorded with its citation.
 */
export const StatusReport = z.object({
  activity: ActivityId,
  status: ReportedStatus,
  /** As precise as the evidence: a document giving only its year is dated `2023`. */
  date: PartialDate,
  /** What shows the status, in a sentence or two. */
  evidence: NonEmpty,
  /** Who reported it: an owner, an officer, or the document the evidence is from. */
  reporter: NonEmpty,
  /** Present when the evidence is in a source document. */
  citation: z.optional(Citation),
});
export type StatusReport = z.infer<typeof StatusReport>;
