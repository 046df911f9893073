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
