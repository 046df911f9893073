import * as z from 'zod/mini';

/** Lower-case words joined by `-`, e.g. `neet-rate`. */
export const Slug = z.string().check(
  z.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be lower-case letters and digits joined by "-" (e.g. neet-rate)'),
);

export const periodPattern = /^\d{4}(?:-(?:0[1-9]|1[0-2])(?:-(?:0[1-9]|[12]\d|3[01]))?|\/\d{2}|-Q[1-4])?$/;
export const periodRule = 'must be a period like 2020, 2022-08, 2022-08-31, 2020/21 or 2022-Q3';

/**
 * A period as the documents state it: a year (`2020`), a month (`2022-08`), a day (`2022-08-31`),
 * an academic or financial year (`2020/21`) or a quarter (`2022-Q3`).
 */
export const Period = z.string().check(z.regex(periodPattern, periodRule));

/** A calendar date, `YYYY-MM-DD`. */
export const IsoDate = z.string().check(
  z.regex(/^\d{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\d|3[01])$/, 'must be a date like 2023-04-01'),
);

/** Where a fact comes from: a source document, the section it is in, and the passage itself. */
export const Citation = z.object({
  /** Id of the source document (see the feed's `documents` resource). */
  doc: Slug,
  /** Heading of the section the fact is in, as the document words it. */
  section: z.string().check(z.minLength(1, 'must name the section of the document')),
  /** A short passage copied verbatim from the document. */
  quote: z.optional(z.string()),
  /** Web address of an official source, where the figure came from one rather than a document. */
  url: z.optional(z.string()),
});
export type Citation = z.infer<typeof Citation>;
