import { readFile } from 'node:fs/promises';
import { parse } from 'csv-parse/sync';
import type { ProblemLog } from './problems.js';

/** One data row of a CSV file, with the line it starts on. */
export interface CsvRow {
  line: number;
  values: Record<string, string>;
}

interface ParsedRecord {
  record: Record<string, string>;
  info: { lines: number };
}

/**
 * Reads a CSV file with a header row. A file that cannot be parsed, or lacks a required column, is
 * reported and yields no rows; surplus columns are allowed (officers keep their own notes).
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
    records = parse(text, { columns: true, info: true, bom: true, skip_empty_lines: true, trim: false }) as ParsedRecord[];
  } catch (error) {
    const { lines, message } = error as { lines?: number; message: string };
    log.add({ file, line: lines ?? 0, message: `is not valid CSV: ${message}` });
    return [];
  }
  const header = parseHeader(text);
  const missing = requiredColumns.filter((column) => !header.includes(column));
  for (const column of missing) log.add({ file, line: 1, field: column, message: 'missing column' });
  if (missing.length > 0) return [];

  // csv-parse reports the line a record ends on; a record starts one line after the previous one ends.
  let previousEnd = 1;
  return records.map(({ record, info }) => {
    const row = { line: previousEnd + 1, values: record };
    previousEnd = info.lines;
    return row;
  });
}

function parseHeader(text: string): string[] {
  const [header] = parse(text, { to_line: 1, bom: true }) as string[][];
  return header ?? [];
}
