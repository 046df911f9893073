import type { EmploymentType, Salary, Vacancy } from '@luton2040/sdk';

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

export function formatSalary(salary: Salary): string {
  const money = (n: number) =>
    new Intl.NumberFormat('en-GB', { style: 'currency', currency: salary.currency, maximumFractionDigits: Number.isInteger(n) ? 0 : 2 }).format(n);
  const range = salary.max && salary.max !== salary.min ? `${money(salary.min)} to ${money(salary.max)}` : money(salary.min);
  return `${range} ${unitWords[salary.unit]}`;
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
