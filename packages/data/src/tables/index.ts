import type { DatasetTable, TableId } from '../dataset-table.js';
import { actionsTable } from './actions.js';
import { activitiesTable } from './activities.js';
import { areasTable } from './areas.js';
import { definitionsTable } from './definitions.js';
import { documentsTable } from './documents.js';
import { essPrioritiesTable } from './ess-priorities.js';
import { kpisTable } from './kpis.js';
import { livingWageRatesTable } from './living-wage-rates.js';
import { luton2040OutcomesTable } from './luton2040-outcomes.js';
import { luton2040PrioritiesTable } from './luton2040-priorities.js';
import { misBandsTable } from './mis-bands.js';
import { observationsTable } from './observations.js';
import { organisationsTable } from './organisations.js';
import { pledgeCommitmentsTable } from './pledge-commitments.js';
import { pledgeSchemesTable } from './pledge-schemes.js';
import { pledgesTable } from './pledges.js';
import { sectorsTable } from './sectors.js';
import { settingsTable } from './settings.js';
import { statusReportsTable } from './status-reports.js';
import { vacanciesTable } from './vacancies.js';

/**
 * Every table of the dataset, in the order they are checked: a table comes after every table its
 * references name (the loader refuses to start otherwise), so that a record left out for a problem
 * is never referred to.
 */
export const datasetTables = {
  documents: documentsTable,
  settings: settingsTable,
  livingWageRates: livingWageRatesTable,
  areas: areasTable,
  organisations: organisationsTable,
  essPriorities: essPrioritiesTable,
  luton2040Priorities: luton2040PrioritiesTable,
  luton2040Outcomes: luton2040OutcomesTable,
  kpis: kpisTable,
  definitions: definitionsTable,
  observations: observationsTable,
  misBands: misBandsTable,
  actions: actionsTable,
  activities: activitiesTable,
  statusReports: statusReportsTable,
  pledgeSchemes: pledgeSchemesTable,
  pledges: pledgesTable,
  pledgeCommitments: pledgeCommitmentsTable,
  sectors: sectorsTable,
  vacancies: vacanciesTable,
// `any`: each entry has its own record type, which TableRecords below recovers.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
} as const satisfies Record<TableId, DatasetTable<any>>;

/** The record type of each table. */
export type TableRecords = { [Id in TableId]: (typeof datasetTables)[Id] extends DatasetTable<infer T> ? T : never };
