import * as z from 'zod/mini';
import { Citation, IsoDate } from './primitives.js';

const PoundsAnHour = z.number().check(z.minimum(0.01));

/**
 * One year's Real Living Wage rates as the Living Wage Foundation announced them, cited to the
 * announcement. The Foundation announces new rates each autumn; a rate is the one in force from its
 * announcement until the next (accredited employers have until `implementBy` to pay it).
 */
export const LivingWageRate = z.object({
  /** The day the Foundation announced the rates, `YYYY-MM-DD`. */
  announced: IsoDate,
  /** The day by which accredited employers must pay the new rates, where the source gives it. */
  implementBy: z.optional(IsoDate),
  /** £ an hour, everywhere in the UK outside London (Luton's rate). */
  ukOutsideLondon: PoundsAnHour,
  /** £ an hour in London, where the source gives it. */
  london: z.optional(PoundsAnHour),
  note: z.optional(z.string()),
  /** Where the rates and the announcement date are stated. */
  citation: Citation,
  /** True for a made-up demonstration rate. */
  sample: z.optional(z.boolean()),
});
export type LivingWageRate = z.infer<typeof LivingWageRate>;
