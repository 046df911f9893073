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

export const isoDatePattern = /^\d{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\d|3[01])$/;

/** A calendar date, `YYYY-MM-DD`. */
export const IsoDate = z.string().check(z.regex(isoDatePattern, 'must be a date like 2023-04-01'));

export const partialDatePattern = /^\d{4}(?:-(?:0[1-9]|1[0-2])(?:-(?:0[1-9]|[12]\d|3[01]))?)?$/;
export const partialDateRule = 'must be a date like 2023-04-01, 2023-04 or 2023';

/**
 * A date only as precise as its source: `2023-04-01`, `2023-04` or `2023`. A document that gives
 * only its publication year is dated `2023`, never a made-up month.
 */
export const PartialDate = z.string().check(z.regex(partialDatePattern, partialDateRule));

/** An absolute `http(s)` address. */
export const WebUrl = z.string().check(z.regex(/^https?:\/\/\S+$/, 'must be a web address starting with http:// or https://'));

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

/** Non-empty text. */
export const NonEmpty = z.string().check(z.minLength(1, 'must not be empty'));
