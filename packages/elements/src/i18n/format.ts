/** "a, b and c" in the catalogue's language. */
export function listOf(items: readonly string[], locale: string): string {
  return new Intl.ListFormat(locale, { style: 'long', type: 'conjunction' }).format(items);
}

/** A `YYYY-MM-DD` date as a reader says it, e.g. "25 November 2026" (the date itself, whatever the time zone). */
export function dayOf(date: string, locale: string, month: 'long' | 'short' = 'long'): string {
  return new Date(`${date}T00:00:00Z`).toLocaleDateString(locale, { day: 'numeric', month, year: 'numeric', timeZone: 'UTC' });
}
