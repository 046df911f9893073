/**
 * The calendar span of plan year `year` (1 = the year beginning on `year1Start`), as
 * `YYYY-MM-DD` dates, end inclusive. The plan never dates its Year 1: `year1Start` is the feed's
 * `plan-year-1-start` setting, an assumption that widgets should say is one.
 */
export function planYearSpan(year: number, year1Start: string): { start: string; end: string } {
  const [y = 0, m = 1, d = 1] = year1Start.split('-').map(Number);
  const start = new Date(Date.UTC(y + year - 1, m - 1, d));
  const end = new Date(Date.UTC(y + year, m - 1, d - 1));
  return { start: start.toISOString().slice(0, 10), end: end.toISOString().slice(0, 10) };
}
