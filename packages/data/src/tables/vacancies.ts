import * as z from 'zod/mini';
import { EmploymentType, SalaryUnit, SectorId, type Vacancy } from '@luton2040/schema';
import { DateCell, OptionalWebAddressCell, WebAddressCell, OptionalDateCell, OptionalText, Text, YesNo, optional, splitList, yesNo } from '../cells.js';
import type { DatasetTable } from '../dataset-table.js';

const OptionalNumber = z.string().check(z.trim(), z.regex(/^(?:\d+(?:\.\d+)?)?$/, 'must be a plain number like 11.5 or 24000 (no £ or commas), or empty'));
const types = EmploymentType.options as readonly string[];

/** vacancies.csv: job postings in the shape of schema.org JobPosting, one per row. */
export const vacanciesTable: DatasetTable<Vacancy> = {
  name: 'vacancies',
  columns: [
    'id', 'title', 'employer_id', 'employer_name', 'employer_url', 'locality', 'postal_code', 'salary_min', 'salary_max',
    'salary_unit', 'currency', 'employment_type', 'sector', 'date_posted', 'valid_through', 'url', 'description', 'sample',
  ],
  cells: z.object({
    id: Text,
    title: Text,
    employer_id: z.string().check(z.trim(), z.regex(/^(?:[a-z0-9]+(?:-[a-z0-9]+)*)?$/, 'must be an id (lower-case words joined by "-"), or empty')),
    employer_name: Text,
    employer_url: OptionalWebAddressCell,
    locality: Text,
    postal_code: OptionalText,
    salary_min: OptionalNumber,
    salary_max: OptionalNumber,
    salary_unit: z.string().check(z.trim(), z.refine((u) => u === '' || (SalaryUnit.options as readonly string[]).includes(u), `must be one of: ${SalaryUnit.options.join(', ')}, or empty`)),
    currency: z.string().check(z.trim(), z.regex(/^(?:[A-Z]{3})?$/, 'must be a currency code like GBP, or empty')),
    employment_type: z.string().check(
      z.refine((cell) => splitList(cell).length > 0 && splitList(cell).every((t) => types.includes(t)), `must list one or more of ${types.join(', ')} separated by ";"`),
    ),
    sector: z.string().check(z.trim(), z.refine((s) => s === '' || (SectorId.options as readonly string[]).includes(s), `must be one of: ${SectorId.options.join(', ')}, or empty`)),
    date_posted: DateCell,
    valid_through: OptionalDateCell,
    url: WebAddressCell,
    description: OptionalText,
    sample: YesNo,
  }).check(
    z.refine((v) => !v.salary_min || Boolean(v.salary_unit), { message: 'must be given when there is a salary', path: ['salary_unit'] }),
    z.refine((v) => !v.salary_max || Boolean(v.salary_min), { message: 'must be given when salary_max is', path: ['salary_min'] }),
    z.refine((v) => !v.salary_max || !v.salary_min || Number(v.salary_max) >= Number(v.salary_min), { message: 'must not be below salary_min', path: ['salary_max'] }),
  ),
  toRecord: (v) => {
    const employerId = optional(v.employer_id);
    const employerUrl = optional(v.employer_url);
    const postalCode = optional(v.postal_code);
    const min = optional(v.salary_min);
    const max = optional(v.salary_max);
    const sector = optional(v.sector);
    const validThrough = optional(v.valid_through);
    const description = optional(v.description);
    return {
      id: v.id!.trim(),
      title: v.title!.trim(),
      employer: { ...(employerId ? { id: employerId } : {}), name: v.employer_name!.trim(), ...(employerUrl ? { url: employerUrl } : {}) },
      location: { locality: v.locality!.trim(), ...(postalCode ? { postalCode } : {}) },
      ...(min
        ? { salary: { min: Number(min), ...(max ? { max: Number(max) } : {}), unit: v.salary_unit!.trim() as NonNullable<Vacancy['salary']>['unit'], currency: optional(v.currency) ?? 'GBP' } }
        : {}),
      employmentType: splitList(v.employment_type!) as Vacancy['employmentType'],
      ...(sector ? { sector: sector as Vacancy['sector'] } : {}),
      datePosted: v.date_posted!.trim(),
      ...(validThrough ? { validThrough } : {}),
      url: v.url!.trim(),
      ...(description ? { description } : {}),
      sample: yesNo(v.sample, false),
    };
  },
  key: { field: 'id', of: (r) => r.id },
  samples: true,
};
