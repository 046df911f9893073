import * as z from 'zod/mini';
import { Citation, NonEmpty, Slug } from './primitives.js';

/** The plan's numbering of a headline action, e.g. `1.1`. */
export const ActionId = z.string().check(z.regex(/^[1-4]\.\d{1,2}$/, 'must be an action number like 1.1'));

/** One of the 17 headline actions of the Implementation Plan. */
export const Action = z.object({
  id: ActionId,
  /** The ESS priority id the action serves. */
  priority: Slug,
  title: NonEmpty,
  /** Ids of its key delivery activities, in the plan's order. */
  activities: z.array(z.string()),
  citation: Citation,
});
export type Action = z.infer<typeof Action>;
