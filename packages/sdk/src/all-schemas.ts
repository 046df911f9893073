import {
  actionsJsonSchema,
  activitiesJsonSchema,
  essPrioritiesJsonSchema,
  livingWageRatesJsonSchema,
  luton2040PrioritiesJsonSchema,
  misBandsJsonSchema,
  organisationsJsonSchema,
  pledgeSchemesJsonSchema,
  pledgesJsonSchema,
  sectorsJsonSchema,
  settingsJsonSchema,
  statusReportsJsonSchema,
  vacanciesJsonSchema,
  type JsonSchema,
  type ResourceName,
} from '@luton2040/schema';
import type { BundledResource } from './schemas.js';

/**
 * Loaded on demand by schemas.ts: the record schemas it does not bundle, in a chunk of their own.
 * Named one by one rather than taken from `resourceJsonSchemas`, which holds the bundled ones too:
 * a bundler would then split those into a chunk of their own, one more request for every tile.
 * The type makes a resource added to the feed without its schema here a compile error.
 */
export const otherSchemas: Record<Exclude<ResourceName, BundledResource>, JsonSchema> = {
  settings: settingsJsonSchema,
  livingWageRates: livingWageRatesJsonSchema,
  organisations: organisationsJsonSchema,
  essPriorities: essPrioritiesJsonSchema,
  luton2040Priorities: luton2040PrioritiesJsonSchema,
  misBands: misBandsJsonSchema,
  actions: actionsJsonSchema,
  activities: activitiesJsonSchema,
  statusReports: statusReportsJsonSchema,
  pledgeSchemes: pledgeSchemesJsonSchema,
  pledges: pledgesJsonSchema,
  sectors: sectorsJsonSchema,
  vacancies: vacanciesJsonSchema,
};
