import type { EmploymentType, Salary, Setting, Vacancy } from '@luton2040/sdk';

export const employmentTypeLabels: Record<EmploymentType, string> = {
  FULL_TIME: 'Full time',
  PART_TIME: 'Part time',
  CONTRACTOR: 'Contract',
  TEMPORARY: 'Temporary',
  INTERN: 'Internship',
  VOLUNTEER: 'Volunteer',
  PER_DIEM: 'Daily rate',
  APPRENTICESHIP: 'Apprenticeship',
  OTHER: 'Other',
};

const unitWords: Record<Salary['unit'], string> = { HOUR: 'an hour', DAY: 'a day', WEEK: 'a week', MONTH: 'a month', YEAR: 'a year' };

/** Hours a week used to compare an annual or weekly salary with an hourly rate; said on screen. */
export const STANDARD_WEEK_HOURS = 37.5;

export function formatSalary(salary: Salary): string {
  const money = (n: number) =>
    new Intl.NumberFormat('en-GB', { style: 'currency', currency: salary.currency, maximumFractionDigits: Number.isInteger(n) ? 0 : 2 }).format(n);
  const range = salary.max && salary.max !== salary.min ? `${money(salary.min)} to ${money(salary.max)}` : money(salary.min);
  return `${range} ${unitWords[salary.unit]}`;
}

/** The lowest pay of a vacancy as an hourly rate, where it can be worked out honestly. */
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

export interface LivingWage {
  rate: number;
  setting: Setting;
}

export function livingWageFrom(settings: readonly Setting[]): LivingWage | undefined {
  const setting = settings.find((s) => s.key === 'real-living-wage-gbp-per-hour');
  const rate = Number(setting?.value);
  return setting && Number.isFinite(rate) ? { rate, setting } : undefined;
}

/** Whether a vacancy pays at least the Real Living Wage: `unknown` without a GBP salary to compare. */
export function paysLivingWage(vacancy: Vacancy, wage: LivingWage | undefined): 'yes' | 'no' | 'unknown' {
  if (!wage || !vacancy.salary || vacancy.salary.currency !== 'GBP') return 'unknown';
  const hourly = hourlyMinimum(vacancy.salary);
  if (hourly === undefined) return 'unknown';
  return hourly + 1e-9 >= wage.rate ? 'yes' : 'no';
}

export interface VacancyFilter {
  sector?: string | undefined;
  contract?: string | undefined;
  /** `YYYY-MM-DD`: vacancies that closed before it are hidden. */
  today: string;
}

export function openVacancies(vacancies: readonly Vacancy[], filter: VacancyFilter): Vacancy[] {
  return vacancies
    .filter((v) => !v.validThrough || v.validThrough >= filter.today)
    .filter((v) => !filter.sector || v.sector === filter.sector)
    .filter((v) => !filter.contract || v.employmentType.includes(filter.contract as EmploymentType))
    .sort((a, b) => b.datePosted.localeCompare(a.datePosted) || a.id.localeCompare(b.id));
}

export function formatDate(date: string): string {
  return new Date(`${date}T00:00:00Z`).toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
}
