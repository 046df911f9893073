/**
 * The first day a period covers, as `YYYY-MM-DD`, so that periods of different kinds sort together:
 * `2020` → 2020-01-01, `2020/21` → 2020-01-01 (the year it starts in), `2022-Q3` → 2022-07-01.
 */
export function periodStart(period: string): string {
  const quarter = /^(\d{4})-Q([1-4])$/.exec(period);
  if (quarter) return `${quarter[1]}-${String((Number(quarter[2]) - 1) * 3 + 1).padStart(2, '0')}-01`;
  const [year = '0000', month = '01', day = '01'] = period.slice(0, 10).replace(/\/\d{2}$/, '').split('-');
  return `${year}-${month}-${day}`;
}

/** Orders periods oldest first; equal starts keep the longer period (a year) before its parts. */
export function comparePeriods(a: string, b: string): number {
  const byStart = periodStart(a).localeCompare(periodStart(b));
  return byStart !== 0 ? byStart : a.length - b.length;
}
