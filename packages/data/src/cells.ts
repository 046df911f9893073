import * as z from 'zod/mini';

// Checks on raw CSV cells (all strings), worded for the officer who typed them.

export const Text = z.string().check(z.trim(), z.minLength(1, 'must not be empty'));
export const OptionalText = z.string().check(z.trim());

export const PlainNumber = z.string().check(
  z.trim(),
  z.regex(/^-?\d+(?:\.\d+)?$/, 'must be a plain number like 4 or 17.5 (no %, £, commas or words)'),
);

export const WholeNumber = z.string().check(z.trim(), z.regex(/^\d+$/, 'must be a whole number like 3'));

/** `a;b;c` → `['a','b','c']`; empty cell → `[]`. */
export function splitList(cell: string): string[] {
  return cell
    .split(';')
    .map((s) => s.trim())
    .filter((s) => s.length > 0);
}

/** Empty cells become `undefined`, so that optional fields are absent rather than blank. */
export function optional(cell: string | undefined): string | undefined {
  const trimmed = cell?.trim();
  return trimmed ? trimmed : undefined;
}

/** `yes`/`no` (or `true`/`false`); empty allowed, meaning the column's documented default. */
export const YesNo = z.string().check(
  z.trim(),
  z.regex(/^(?:yes|no|true|false|)$/i, 'must be yes or no (or empty)'),
);

/** Reads a `YesNo` cell; empty gives `fallback`. */
export function yesNo(cell: string | undefined, fallback: boolean): boolean {
  const word = cell?.trim().toLowerCase();
  if (!word) return fallback;
  return word === 'yes' || word === 'true';
}

/** A cell that must be an id (lower-case words joined by `-`). */
export const IdCell = z.string().check(
  z.trim(),
  z.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be lower-case letters and digits joined by "-" (e.g. neet-rate)'),
);

/** A cell listing ids separated by `;`, possibly empty. */
export const IdListCell = z.string().check(
  z.trim(),
  z.regex(/^(?:[a-z0-9]+(?:-[a-z0-9]+)*(?:\s*;\s*[a-z0-9]+(?:-[a-z0-9]+)*)*\s*;?)?$/, 'must be ids (lower-case words joined by "-") separated by ";"'),
);

/** True when `YYYY[-MM[-DD]]` names a day or month that exists (no 2023-02-30). */
export function isRealDate(text: string): boolean {
  const [year, month = 1, day = 1] = text.split('-').map(Number);
  const date = new Date(Date.UTC(year ?? 0, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/** A calendar date cell, `YYYY-MM-DD`, that exists. */
export const DateCell = z.string().check(
  z.trim(),
  z.regex(/^\d{4}-\d{2}-\d{2}$/, { message: 'must be a date like 2023-04-01', abort: true }),
  z.refine(isRealDate, 'is not a real calendar date'),
);

/** An optional calendar date cell. */
export const OptionalDateCell = z.string().check(
  z.trim(),
  z.refine((s) => s === '' || (/^\d{4}-\d{2}-\d{2}$/.test(s) && isRealDate(s)), 'must be a date like 2023-04-01, or empty'),
);

/** A date as precise as its evidence: `YYYY-MM-DD`, `YYYY-MM` or `YYYY`. */
export const PartialDateCell = z.string().check(
  z.trim(),
  z.regex(/^\d{4}(?:-\d{2}(?:-\d{2})?)?$/, { message: 'must be a date like 2023-04-01, 2023-04 or 2023', abort: true }),
  z.refine(isRealDate, 'is not a real calendar date'),
);

/** An absolute web address. */
export const WebAddressCell = z.string().check(z.trim(), z.regex(/^https?:\/\/\S+$/, 'must be a web address starting with http:// or https://'));

/** An absolute web address, or empty. */
export const OptionalWebAddressCell = z.string().check(
  z.trim(),
  z.regex(/^(?:https?:\/\/\S+)?$/, 'must be a web address starting with http:// or https://, or empty'),
);
