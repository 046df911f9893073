import * as z from 'zod/mini';
import { IsoDate, NonEmpty, Slug, WebUrl } from './primitives.js';
import { SectorId } from './sector.js';

/**
 * schema.org `employmentType` values (as Google's JobPosting guidance lists them), plus
 * `APPRENTICESHIP`, which the strategy's apprenticeship actions need and schema.org lacks.
 */
export const EmploymentType = z.enum([
  'FULL_TIME',
  'PART_TIME',
  'CONTRACTOR',
  'TEMPORARY',
  'INTERN',
  'VOLUNTEER',
  'PER_DIEM',
  'APPRENTICESHIP',
  'OTHER',
]);
export type EmploymentType = z.infer<typeof EmploymentType>;

/** schema.org `unitText` of a `QuantitativeValue` salary. */
export const SalaryUnit = z.enum(['HOUR', 'DAY', 'WEEK', 'MONTH', 'YEAR']);
export type SalaryUnit = z.infer<typeof SalaryUnit>;

/** `baseSalary` of a JobPosting, flattened: a range (or one figure as `min`) per unit. */
export const Salary = z.object({
  min: z.number().check(z.minimum(0)),
  max: z.optional(z.number().check(z.minimum(0))),
  unit: SalaryUnit,
  /** ISO 4217 code, e.g. `GBP`. */
  currency: z.string().check(z.regex(/^[A-Z]{3}$/, 'must be a currency code like GBP')),
});
export type Salary = z.infer<typeof Salary>;

/** A live vacancy, mapped from a schema.org `JobPosting` (field names follow it where they can). */
export const Vacancy = z.object({
  id: NonEmpty,
  title: NonEmpty,
  /** `hiringOrganization`. */
  employer: z.object({
    id: z.optional(Slug),
    name: NonEmpty,
    url: z.optional(WebUrl),
  }),
  /** `jobLocation.address`: town and, where given, postcode. */
  location: z.object({
    locality: NonEmpty,
    postalCode: z.optional(z.string()),
  }),
  salary: z.optional(Salary),
  employmentType: z.array(EmploymentType).check(z.minLength(1, 'must list at least one employment type')),
  /** The ESS priority sector the job is in; absent when it is in none. */
  sector: z.optional(SectorId),
  datePosted: IsoDate,
  validThrough: z.optional(IsoDate),
  url: WebUrl,
  description: z.optional(z.string()),
  /** True for a made-up demonstration vacancy. */
  sample: z.boolean(),
});
export type Vacancy = z.infer<typeof Vacancy>;
