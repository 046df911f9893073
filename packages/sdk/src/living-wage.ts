import type { LivingWageRate, Salary, SourceDocument, Vacancy } from '@luton2040/schema';

/**
 * How long a rate may be used after its announcement. The Living Wage Foundation announces new
 * rates each autumn; a month's grace past the year covers an announcement a few weeks late. After
 * that the data is behind: no vacancy is flagged until an officer adds the new rate.
 */
export const LIVING_WAGE_MAX_AGE_MONTHS = 13;

/** Hours a week used to compare an annual or weekly salary with an hourly rate; said wherever the flag is shown. */
export const STANDARD_WEEK_HOURS = 37.5;

/** The Real Living Wage rates of a feed, judged on a day. */
export interface LivingWageStatus {
  /** `current`: the newest rate may be used; `out-of-date`: it is more than 13 months old; `missing`: the feed holds no rate. */
  state: 'current' | 'out-of-date' | 'missing';
  /** Every rate, oldest first. */
  rates: LivingWageRate[];
  /** The newest rate in the feed. */
  newest?: LivingWageRate;
  /** The day judged on, `YYYY-MM-DD` (the client's clock). */
  checkedOn: string;
  /** The last day the newest rate may be used. */
  usableUntil?: string;
}

/** A vacancy against the Real Living Wage: the flag is shown only for `pays`. */
export interface LivingWageCheck {
  /**
   * `pays`: its lowest pay is at least the rate in force when it was posted; `below`: it is not;
   * `unknown`: no salary in pounds an hour, a week or a year to compare, or no rate in force on the
   * posting date; `withdrawn`: the feed's rates are out of date (or missing), so no vacancy is judged.
   */
  verdict: 'pays' | 'below' | 'unknown' | 'withdrawn';
  /** The rate the vacancy was judged by. */
  rate?: LivingWageRate;
  /** Its lowest pay as an hourly rate, where it can be worked out. */
  hourly?: number;
}

const isoDay = (date: Date) => date.toISOString().slice(0, 10);

/** The last day a rate announced on `announced` (`YYYY-MM-DD`) may be used: the day it is 13 months old. */
export function usableUntil(announced: string): string {
  const [year, month, day] = announced.split('-').map(Number) as [number, number, number];
  const end = new Date(Date.UTC(year, month - 1 + LIVING_WAGE_MAX_AGE_MONTHS, day));
  // A day the target month lacks (31 November) rolls into the next month: step back to its month's end.
  if (end.getUTCDate() !== day) end.setUTCDate(0);
  return isoDay(end);
}

/**
 * The rate in force on a day (`YYYY-MM-DD`, e.g. a vacancy's posting date): the newest announced
 * on or before it, unless that one was more than 13 months old by then (a year whose announcement
 * the feed lacks is never filled with an older rate).
 */
export function rateInForce(rates: readonly LivingWageRate[], day: string): LivingWageRate | undefined {
  const announced = rates.filter((r) => r.announced <= day).sort((a, b) => a.announced.localeCompare(b.announced));
  const newest = announced.at(-1);
  return newest && day <= usableUntil(newest.announced) ? newest : undefined;
}

/** The feed's rates judged on `now` (the client's clock): whether the newest may still be used. */
export function livingWageStatus(rates: readonly LivingWageRate[], now: number | Date): LivingWageStatus {
  const checkedOn = isoDay(new Date(now));
  const sorted = [...rates].sort((a, b) => a.announced.localeCompare(b.announced));
  const newest = sorted.at(-1);
  if (!newest) return { state: 'missing', rates: sorted, checkedOn };
  const until = usableUntil(newest.announced);
  return { state: checkedOn <= until ? 'current' : 'out-of-date', rates: sorted, newest, checkedOn, usableUntil: until };
}

/** The lowest pay of a salary as an hourly rate, where it can be worked out honestly (not from a day rate). */
export function hourlyMinimum(salary: Salary): number | undefined {
  switch (salary.unit) {
    case 'HOUR':
      return salary.min;
    case 'WEEK':
      return salary.min / STANDARD_WEEK_HOURS;
    case 'YEAR':
      return salary.min / (52 * STANDARD_WEEK_HOURS);
    default:
      return undefined;
  }
}

/**
 * A vacancy against the UK (outside London) Real Living Wage in force on its posting date: Luton's
 * rate. Nothing is judged while the feed's rates are out of date.
 */
export function checkLivingWage(vacancy: Pick<Vacancy, 'salary' | 'datePosted'>, status: LivingWageStatus): LivingWageCheck {
  if (status.state !== 'current') return { verdict: 'withdrawn' };
  const rate = rateInForce(status.rates, vacancy.datePosted);
  const hourly = vacancy.salary?.currency === 'GBP' ? hourlyMinimum(vacancy.salary) : undefined;
  if (!rate || hourly === undefined) return { verdict: 'unknown', ...(rate ? { rate } : {}), ...(hourly !== undefined ? { hourly } : {}) };
  // A hair of tolerance: £24,375 a year is £12.50 an hour, whatever the floating point says.
  return { verdict: hourly + 1e-9 >= rate.ukOutsideLondon ? 'pays' : 'below', rate, hourly };
}

const pounds = (n: number) => `£${n.toFixed(2)}`;
const longDate = (day: string) => new Date(`${day}T00:00:00Z`).toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });

/**
 * One line saying what the flag means, or why it is not shown, with the newest rate's source (from
 * `documents`, the feed's, where it is listed): for every output that shows the flag (the widget,
 * the server render, the email).
 */
export function livingWageNote(status: LivingWageStatus, documents: readonly Pick<SourceDocument, 'id' | 'title' | 'published'>[] = []): string {
  if (status.state === 'missing') return 'Real Living Wage flag: not shown, as the data holds no rate.';
  const newest = status.newest!;
  const rate = `${pounds(newest.ukOutsideLondon)} an hour, announced by the Living Wage Foundation on ${longDate(newest.announced)}`;
  const cited = documents.find((d) => d.id === newest.citation.doc);
  const source = ` Source: ${cited ? `${cited.title} (${cited.published})` : newest.citation.doc}${newest.sample ? ', sample value' : ''}.`;
  if (status.state === 'out-of-date') {
    return `Real Living Wage flag: not shown, as the newest rate in the data (${rate}) is more than ${LIVING_WAGE_MAX_AGE_MONTHS} months old and needs updating.${source}`;
  }
  return `Real Living Wage flag: pay of at least the rate in force when the vacancy was posted (newest: ${rate}); annual and weekly salaries are compared at ${STANDARD_WEEK_HOURS} hours a week.${source}`;
}
