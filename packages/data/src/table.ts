import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import * as z from 'zod/mini';
import { readCsv } from './csv.js';
import type { ProblemLog } from './problems.js';

/** What the dataset holds in one kind of CSV file and how a row becomes a record. */
export interface Table<T> {
  /** `kpis` reads `kpis.csv` and every `kpis-*.csv`, so an officer may split a long file. */
  name: string;
  columns: readonly string[];
  /** Checks on the raw cells, keyed by column; its messages are what the officer reads. */
  cells: z.ZodMiniObject;
  toRecord(values: Record<string, string>): T;
  /** The table may hold no rows (nothing reported yet); any other table with none is reported as empty. */
  mayBeEmpty?: boolean;
}

/** A record with the place it came from, for cross-reference messages. */
export interface Located<T> {
  file: string;
  line: number;
  record: T;
}

/** Files of a table, sorted so that every build reads them in the same order. */
export async function tableFiles(dir: string, name: string): Promise<string[]> {
  const all = await readdir(dir).catch(() => [] as string[]);
  return all.filter((f) => f === `${name}.csv` || (f.startsWith(`${name}-`) && f.endsWith('.csv'))).sort();
}

export interface LoadTableOptions {
  /** The table may be absent (pledges and vacancies are not part of every dataset). */
  optional?: boolean;
  /** Put before file names in problems, e.g. `examples/sample-data/`, when the folder is not the dataset's. */
  label?: string;
}

/**
 * Reads every file of a table. A row with a bad cell is reported (file, line, column, why) and left
 * out; every other row is kept. A required table whose files hold no rows at all is reported itself,
 * rather than only through the references to it that then fail elsewhere.
 */
export async function loadTable<T>(dir: string, table: Table<T>, log: ProblemLog, options: LoadTableOptions = {}): Promise<Located<T>[]> {
  const label = options.label ?? '';
  const files = await tableFiles(dir, table.name);
  if (files.length === 0 && !options.optional) log.add({ file: `${label}${table.name}.csv`, line: 0, message: 'is missing' });
  const out: Located<T>[] = [];
  const stats = { records: 0 };
  const reported = log.problems.length;
  for (const name of files) {
    const file = `${label}${name}`;
    for (const row of await readCsv(join(dir, name), file, table.columns, log, stats)) {
      const checked = table.cells.safeParse(row.values);
      if (!checked.success) {
        for (const issue of checked.error.issues) {
          const field = String(issue.path[0] ?? '');
          const raw = row.values[field];
          const got = raw ? ` (got ${JSON.stringify(raw)})` : '';
          log.add({ file, line: row.line, field, message: `${issue.message}${got}` });
        }
        continue;
      }
      out.push({ file, line: row.line, record: table.toRecord(row.values) });
    }
  }
  const empty = files.length > 0 && stats.records === 0 && log.problems.length === reported;
  if (empty && !options.optional && !table.mayBeEmpty) {
    log.add({ file: `${label}${files.length === 1 ? files[0] : `${table.name}.csv`}`, line: 0, message: 'has a header but no rows: the table must not be empty' });
  }
  return out;
}

/** An enum cell whose message lists what is allowed. */
export function oneOf(values: readonly string[]) {
  return z.enum(values as [string, ...string[]], `must be one of: ${values.join(', ')}`);
}

/** Reports records whose key was already used, naming where it was first defined. */
export function reportDuplicates<T>(
  items: readonly Located<T>[],
  key: (record: T) => string,
  field: string,
  log: ProblemLog,
): Located<T>[] {
  const seen = new Map<string, Located<T>>();
  const unique: Located<T>[] = [];
  for (const item of items) {
    const k = key(item.record);
    const first = seen.get(k);
    if (first) {
      log.add({ file: item.file, line: item.line, field, message: `duplicate "${k}" (first at ${first.file}:${first.line})` });
      continue;
    }
    seen.set(k, item);
    unique.push(item);
  }
  return unique;
}
