/**
 * A day as `YYYY-MM-DD` (UTC): by default today, the day vacancies are judged open and pledges
 * current on when nothing else is said. `now` is milliseconds since 1970, e.g. from a test clock.
 */
export function today(now: number = Date.now()): string {
  return new Date(now).toISOString().slice(0, 10);
}
