import type { Citation } from '@luton2040/schema';
import type { CitationChecker } from './citations.js';
import type { CheckContext, DatasetTable, Reference, TableId } from './dataset-table.js';
import type { Located } from './table.js';
import { datasetTables, type TableRecords } from './tables/index.js';

/** Every table's records as read, each with the file and line it came from. */
export type TableRows = { [Id in TableId]: Located<TableRecords[Id]>[] };

const tableIds = Object.keys(datasetTables) as TableId[];

/** The fields of a record that a reference reads: one id, a list of ids, or none. */
function idsAt(record: unknown, field: string): string[] {
  const value = (record as Record<string, unknown>)[field];
  if (Array.isArray(value)) return value as string[];
  return typeof value === 'string' && value !== '' ? [value] : [];
}

/** The key of every record of a table that passes the reference's filter. */
function keysOf(rows: readonly Located<unknown>[], id: TableId, where: Reference['where']): Set<string> {
  const key = datasetTables[id].key;
  if (!key) throw new Error(`table ${id} is referred to but declares no key`);
  return new Set(rows.filter((r) => !where || (where as (t: unknown) => boolean)(r.record)).map((r) => (key.of as (r: unknown) => string)(r.record)));
}

/**
 * Refuses a table order in which a table refers to one checked after it (a mistake in
 * datasetTables). A reference chosen by the record is not known until a record is read: the pass
 * then falls back on the target's records as read, so it is still checked, only not in order.
 */
export function assertReferenceOrder(): void {
  tableIds.forEach((id, index) => {
    for (const ref of Object.values(datasetTables[id].refs ?? {})) {
      const targets = typeof ref === 'function' ? [] : [ref.to];
      for (const to of targets) if (tableIds.indexOf(to) > index) throw new Error(`table ${id} refers to ${to}, which is checked after it`);
    }
  });
}

/**
 * The one integrity pass: table by table, in order, each record's citation, its references and the
 * table's own rules are checked, every fault reported. A record with a fault is left out, and so is
 * a record naming one that was left out (without a second report: the first says why); every
 * other record is kept.
 */
export function checkIntegrity(rows: TableRows, citations: CitationChecker, context: Omit<CheckContext, 'records'>): TableRows {
  assertReferenceOrder();
  const kept = {} as Record<TableId, Located<unknown>[]>;
  const full: CheckContext = { ...context, records: <T>(id: TableId) => (kept[id] ?? []).map((r) => r.record) as T[] };
  const keys = new Map<string, Set<string>>();
  const keysIn = (ref: Reference, which: 'read' | 'kept') => {
    const name = `${which} ${ref.to} ${ref.what}`;
    if (!keys.has(name)) keys.set(name, keysOf(which === 'read' ? rows[ref.to] : (kept[ref.to] ?? rows[ref.to]), ref.to, ref.where));
    return keys.get(name)!;
  };
  for (const id of tableIds) {
    const table = datasetTables[id] as DatasetTable<unknown>;
    const passing = (rows[id] as Located<unknown>[]).filter((item) => {
      const citation = (item.record as { citation?: Citation }).citation;
      let ok = !citation || citations.check(item, citation);
      for (const [field, declared] of Object.entries(table.refs ?? {})) {
        const ref = typeof declared === 'function' ? declared(item.record) : declared;
        for (const key of idsAt(item.record, field)) {
          if (!keysIn(ref, 'read').has(key)) {
            context.log.add({ file: item.file, line: item.line, field, message: `unknown ${ref.what} "${key}"` });
            ok = false;
          } else if (!keysIn(ref, 'kept').has(key)) ok = false;
        }
      }
      // The table's own rules run even for a record already failing, so that every fault is reported at once.
      return (table.check ? table.check(item, full) : true) && ok;
    });
    kept[id] = table.checkAll ? table.checkAll(passing, full) : passing;
  }
  return kept as TableRows;
}
