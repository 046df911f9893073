import { readFile } from 'node:fs/promises';
import { parse } from 'csv-parse/sync';
import type { ProblemLog } from './problems.js';

/** One data row of a CSV file, with the line it starts on. */
export interface CsvRow {
  line: number;
  values: Record<string, string>;
}

interface ParsedRecord {
  record: string[];
  info: { lines: number };
}

/**
 * Reads a CSV file with a header row. A file that cannot be parsed, or lacks a required column, is
 * reported and yields no rows; a row with more or fewer cells than the header is reported and left
 * out alone. Surplus columns are allowed (officers keep their own notes).
 */
export async function readCsv(
  path: string,
  file: string,
  requiredColumns: readonly string[],
  log: ProblemLog,
): Promise<CsvRow[]> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    log.add({ file, line: 0, message: `cannot be read (${(error as NodeJS.ErrnoException).code ?? String(error)})` });
    return [];
  }
  let records: ParsedRecord[];
  try {
    records = parse(text, { info: true, bom: true, skip_empty_lines: true, relax_column_count: true, trim: false }) as unknown as ParsedRecord[];
  } catch (error) {
    const { lines, message } = error as { lines?: number; message: string };
    log.add({ file, line: lines ?? 0, message: `is not valid CSV: ${message}` });
    return [];
  }
  const [headerRecord, ...data] = records;
  const header = headerRecord?.record ?? [];
  const missing = requiredColumns.filter((column) => !header.includes(column));
  for (const column of missing) log.add({ file, line: 1, field: column, message: 'missing column' });
  if (missing.length > 0) return [];

  // csv-parse reports the line a record ends on; a record starts one line after the previous one ends.
  let previousEnd = headerRecord?.info.lines ?? 1;
  const rows: CsvRow[] = [];
  for (const { record, info } of data) {
    const line = previousEnd + 1;
    previousEnd = info.lines;
    if (record.length !== header.length) {
      log.add({ file, line, message: `has ${record.length} cells but the header has ${header.length}: check for a missing or extra comma` });
      continue;
    }
    rows.push({ line, values: Object.fromEntries(header.map((column, i) => [column, record[i] ?? ''])) });
  }
  return rows;
}
