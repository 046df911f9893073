import { readFile } from 'node:fs/promises';
import { parse } from 'csv-parse/sync';
import type { ProblemLog } from './problems.js';
import { controlCharacterIn, invalidUtf8, type BadByte } from './text-checks.js';

/** One data row of a CSV file, with the line it starts on. */
export interface CsvRow {
  line: number;
  values: Record<string, string>;
}

/** A parsed record with the lines it spans in the file (1-based). */
interface Span {
  cells: string[];
  start: number;
  end: number;
}

/**
 * Reads a CSV file with a header row. Bytes that are not UTF-8 and control characters are reported
 * at their line and column and leave their row out, so that neither a "�" nor a NUL is published.
 * A quoting mistake is reported at the line where the quote opens, and only that line is lost: the
 * rows after it are read as usual (otherwise one stray quote swallows the rest of the file, and
 * every reference to its records elsewhere is reported too). A file that lacks a required column is
 * reported and yields no rows; a row with more or fewer cells than the header is reported and left
 * out alone. Surplus columns are allowed (officers keep their own notes).
 */
export async function readCsv(
  path: string,
  file: string,
  requiredColumns: readonly string[],
  log: ProblemLog,
  /** Filled in with how many data records the file holds, readable or not. */
  stats: { records: number } = { records: 0 },
): Promise<CsvRow[]> {
  let bytes: Buffer;
  try {
    bytes = await readFile(path);
  } catch (error) {
    log.add({ file, line: 0, message: `cannot be read (${(error as NodeJS.ErrnoException).code ?? String(error)})` });
    return [];
  }
  const reported = log.problems.length;
  const [headerSpan, ...data] = parseSpans(bytes.toString('utf8'), file, log);
  if (!headerSpan && log.problems.length > reported) return []; // the header line itself could not be read
  const header = headerSpan?.cells ?? [];
  const badBytes = invalidUtf8(bytes);
  if (headerSpan && reportEncoding(headerSpan, [], badBytes, file, log)) return [];
  const missing = requiredColumns.filter((column) => !header.includes(column));
  for (const column of missing) log.add({ file, line: 1, field: column, message: 'missing column' });
  if (missing.length > 0) return [];

  stats.records += data.length;
  const rows: CsvRow[] = [];
  for (const span of data) {
    if (reportEncoding(span, header, badBytes, file, log)) continue;
    if (span.cells.length !== header.length) {
      log.add({ file, line: span.start, message: `has ${span.cells.length} cells but the header has ${header.length}: check for a missing or extra comma` });
      continue;
    }
    rows.push({ line: span.start, values: Object.fromEntries(header.map((column, i) => [column, span.cells[i] ?? ''])) });
  }
  return rows;
}

/** Reports bytes that are not UTF-8 and control characters in a record; true when there were any. */
function reportEncoding(span: Span, header: readonly string[], badBytes: readonly BadByte[], file: string, log: ProblemLog): boolean {
  let found = false;
  const bad = badBytes.filter((b) => b.line >= span.start && b.line <= span.end);
  // Each byte that was not UTF-8 became a U+FFFD in the decoded cell it belongs to.
  const replaced = span.cells.flatMap((cell, i) => (cell.includes('\uFFFD') ? [i] : []));
  bad.forEach((b, n) => {
    const column = header[replaced[Math.min(n, replaced.length - 1)] ?? -1];
    const hex = b.byte.toString(16).toUpperCase().padStart(2, '0');
    log.add({ file, line: b.line, ...(column ? { field: column } : {}), message: `is not valid UTF-8 (byte 0x${hex} at column ${b.column}): save the file as UTF-8` });
    found = true;
  });
  span.cells.forEach((cell, i) => {
    const control = controlCharacterIn(cell);
    if (!control) return;
    const column = header[i];
    log.add({ file, line: span.start, ...(column ? { field: column } : {}), message: `contains the control character ${control.code} at character ${control.at}: remove it` });
    found = true;
  });
  return found;
}

interface CsvParseError {
  code?: string;
  lines?: number;
  message: string;
}

const quoting = 'double a quote inside a cell ("") and end a quoted cell with a quote; this row is left out';

/**
 * Parses every record of `text`. When csv-parse stops at a mistake, the record it was reading is
 * reported where it starts, its first line is skipped, and parsing goes on from the next line.
 */
function parseSpans(text: string, file: string, log: ProblemLog): Span[] {
  const lines = text.split('\n');
  const spans: Span[] = [];
  let from = 0; // index in `lines` where the current chunk starts
  while (from < lines.length) {
    const chunk = lines.slice(from).join('\n');
    const parsed: Span[] = [];
    let previousEnd = 0;
    const onRecord = (record: string[], context: { lines: number }) => {
      parsed.push({ cells: record, start: nextLine(lines, from + previousEnd) + 1, end: from + context.lines });
      previousEnd = context.lines;
      return record;
    };
    try {
      parse(chunk, { bom: from === 0, skip_empty_lines: true, relax_column_count: true, trim: false, on_record: onRecord });
      spans.push(...parsed);
      break;
    } catch (error) {
      spans.push(...parsed);
      const start = nextLine(lines, from + previousEnd); // index of the failing record's first line
      const { code, message } = error as CsvParseError;
      const header = spans[0]?.cells ?? [];
      const field = start === 0 ? undefined : header[quotedCellOpenedOn(lines[start] ?? '')];
      const where = { file, line: start + 1, ...(field ? { field } : {}) };
      if (code === 'CSV_QUOTE_NOT_CLOSED') log.add({ ...where, message: `opens a quoted cell that is never closed: ${quoting}` });
      else if (code === 'CSV_INVALID_CLOSING_QUOTE') log.add({ ...where, message: `opens a quoted cell that is not closed where the cell ends: ${quoting}` });
      else log.add({ file, line: start + 1, message: `is not valid CSV: ${message}; this row is left out` });
      if (start === 0) return []; // the header itself cannot be read
      from = start + 1;
    }
  }
  return spans;
}

/** The index of the first line at or after `index` that is not blank (csv-parse skips blank lines). */
function nextLine(lines: readonly string[], index: number): number {
  let i = index;
  while (i < lines.length - 1 && lines[i]!.trim() === '') i++;
  return i;
}

/**
 * Which cell of a line opens a quote that the line does not close properly: one that starts with a
 * quote and has no closing quote, or whose closing quote is followed by more than a comma.
 */
function quotedCellOpenedOn(line: string): number {
  let cell = 0;
  for (let i = 0; i < line.length; cell++) {
    if (line[i] !== '"') {
      const comma = line.indexOf(',', i);
      if (comma === -1) break;
      i = comma + 1;
      continue;
    }
    let j = i + 1;
    for (;;) {
      const quote = line.indexOf('"', j);
      if (quote === -1) return cell;
      if (line[quote + 1] === '"') {
        j = quote + 2;
        continue;
      }
      const after = line.slice(quote + 1).replace(/\r$/, '');
      if (after !== '' && !after.startsWith(',')) return cell;
      i = quote + 2;
      break;
    }
  }
  return -1;
}
