import type { SourceDocument } from '@luton2040/schema';
import type { ProblemLog } from './problems.js';
import type { Located, Table } from './table.js';

/** Every table of a dataset folder, by the name `datasetTables` gives it (in tables/index.ts). */
export type TableId =
  | 'documents'
  | 'settings'
  | 'livingWageRates'
  | 'areas'
  | 'organisations'
  | 'essPriorities'
  | 'luton2040Priorities'
  | 'luton2040Outcomes'
  | 'kpis'
  | 'definitions'
  | 'observations'
  | 'misBands'
  | 'actions'
  | 'activities'
  | 'statusReports'
  | 'pledgeSchemes'
  | 'pledges'
  | 'pledgeCommitments'
  | 'sectors'
  | 'vacancies';

/** A field that names records of another table (or of its own). */
export interface Reference {
  to: TableId;
  /** How a problem names the id: `unknown ${what} "x"`. */
  what: string;
  /** Only the target records that pass count, e.g. commitment examples among all scheme entries. */
  where?: (target: never) => boolean;
}

/** What a table's own checks may read besides the row. */
export interface CheckContext {
  log: ProblemLog;
  /** Documents by id. */
  documents: ReadonlyMap<string, SourceDocument>;
  /** Each document's text, folded for the quote check; absent when no sources folder was given. */
  texts?: ReadonlyMap<string, string>;
  /** The records kept so far of a table checked earlier (tables are checked in `datasetTables` order). */
  records<T>(table: TableId): readonly T[];
}

/**
 * A table with what the loader needs to cross-check it: what makes a record unique, the fields that
 * name records of other tables, and the table's own rules. One generic pass applies them all.
 */
export interface DatasetTable<T> extends Table<T> {
  /** What makes a record unique, and the column a duplicate is reported at. Default: the `id` field. */
  key?: { field: string; of: (record: T) => string };
  /**
   * Fields naming records of other tables, by field of the record (a string, or a list of them):
   * an unknown id is reported at the record's line and the record is left out. A function chooses
   * the target by the record (a KPI's priority is an ESS or a Luton 2040 priority by its strategy).
   */
  refs?: { readonly [field: string]: Reference | ((record: T) => Reference) };
  /** Pledges and vacancies: optional in the dataset, and also read from the samples folder. */
  samples?: boolean;
  /** The table's own rules for one record, each fault reported; false leaves the record out. */
  check?: (item: Located<T>, context: CheckContext) => boolean;
  /** Rules across the whole table (one headline per period): the records it keeps. */
  checkAll?: (items: Located<T>[], context: CheckContext) => Located<T>[];
}
