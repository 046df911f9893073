import type * as z from 'zod/mini';
import { Action } from './action.js';
import { Activity } from './activity.js';
import { Area } from './area.js';
import { SourceDocument } from './document.js';
import { Kpi } from './kpi.js';
import { LivingWageRate } from './living-wage-rate.js';
import { Luton2040Priority } from './luton2040-priority.js';
import { MisBand } from './mis-band.js';
import { Organisation } from './organisation.js';
import { Pledge } from './pledge.js';
import { PledgeSchemeItem } from './pledge-scheme.js';
import { EssPriority } from './priority.js';
import { Sector } from './sector.js';
import { Setting } from './setting.js';
import { StatusReport } from './status-report.js';
import { Vacancy } from './vacancy.js';

/** Every resource a feed publishes, with the schema of one of its records. */
export const resourceSchemas = {
  documents: SourceDocument,
  settings: Setting,
  livingWageRates: LivingWageRate,
  areas: Area,
  organisations: Organisation,
  essPriorities: EssPriority,
  luton2040Priorities: Luton2040Priority,
  kpis: Kpi,
  misBands: MisBand,
  actions: Action,
  activities: Activity,
  statusReports: StatusReport,
  pledgeSchemes: PledgeSchemeItem,
  pledges: Pledge,
  sectors: Sector,
  vacancies: Vacancy,
} as const satisfies Record<string, z.ZodMiniType>;

export type ResourceName = keyof typeof resourceSchemas;
/** The record type of a resource, e.g. `ResourceRecord<'kpis'>` is `Kpi`. */
export type ResourceRecord<N extends ResourceName> = z.infer<(typeof resourceSchemas)[N]>;

/** Resource names in publishing order. */
export const resourceNames = Object.keys(resourceSchemas) as ResourceName[];
