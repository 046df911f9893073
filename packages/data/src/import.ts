import { appendFile, cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { readCsv } from './csv.js';
import { csvRecord, lineCount } from './csv-write.js';
import { loadDataset, type LoadOptions } from './load.js';
import { ProblemLog, type DatasetProblem } from './problems.js';
import { observationsTable } from './tables/observations.js';
import { statusReportsTable } from './tables/status-reports.js';

/**
 * What can be imported, the dataset file rows go to, and the columns an incoming file must have
 * (the others may be left out: an owner's status report needs no document citation, a figure from
 * an official release no note, quote or period precision).
 */
export const importKinds = {
  status: { target: 'status-reports.csv', columns: ['activity', 'status', 'date', 'evidence', 'reporter'] },
  observations: { target: 'observations.csv', columns: ['kpi', 'area', 'definition', 'period', 'value', 'status', 'doc', 'section'] },
} as const satisfies Record<string, { target: string; columns: readonly string[] }>;
export type ImportKind = keyof typeof importKinds;

/** The columns of a dataset file, for a file that does not exist yet. */
const tableColumns: Record<ImportKind, readonly string[]> = {
  status: statusReportsTable.columns,
  observations: [...observationsTable.columns, 'headline', 'url'],
};

export interface ImportResult {
  /** Rows appended to the dataset. */
  added: number;
  /** Every problem of the incoming file, located in it; bad rows were not appended. */
  problems: DatasetProblem[];
}

/**
 * Checks every row of an incoming CSV by the same rules (and with the same messages) as
 * `validate`, appends the good rows to the dataset file and reports each bad one at its line in
 * the incoming file. Works by trying all rows on a scratch copy of the dataset, so that no rule
 * has to be written twice.
 */
export async function importCsv(kind: ImportKind, incomingPath: string, dataDir: string, options: LoadOptions & { label?: string } = {}): Promise<ImportResult> {
  const { target, columns } = importKinds[kind];
  const label = options.label ?? basename(incomingPath);
  const log = new ProblemLog();
  const incoming = await readCsv(incomingPath, label, columns, log);
  if (!log.ok) return { added: 0, problems: log.problems };

  const targetPath = join(dataDir, target);
  const header = await readHeader(targetPath, tableColumns[kind]);
  // A column the publisher reads but the dataset file lacks would be lost on the way in.
  const incomingColumns = Object.keys(incoming[0]?.values ?? {});
  for (const column of incomingColumns.filter((c) => tableColumns[kind].includes(c) && !header.includes(c))) {
    log.add({ file: label, line: 1, field: column, message: `is not a column of ${target}: add the column there first` });
  }
  if (!log.ok) return { added: 0, problems: log.problems };
  const records = incoming.map((row) => ({ row, text: `${csvRecord(header.map((column) => row.values[column] ?? ''))}\n` }));

  const scratch = await mkdtemp(join(tmpdir(), 'luton2040-import-'));
  try {
    await cp(dataDir, scratch, { recursive: true });
    const scratchTarget = join(scratch, target);
    const existing = await readFile(scratchTarget, 'utf8').catch(() => `${csvRecord(header)}\n`);
    const base = existing.endsWith('\n') || existing === '' ? existing : `${existing}\n`;
    // Where each incoming row lands in the scratch file, to map problems back to the incoming file.
    let nextLine = lineCount(base) + 1;
    const lineToRow = new Map<number, number>();
    for (const { row, text } of records) {
      lineToRow.set(nextLine, row.line);
      nextLine += lineCount(text);
    }
    await writeFile(scratchTarget, base + records.map((r) => r.text).join(''));

    const { problems } = await loadDataset(scratch, options);
    const badLines = new Set<number>();
    for (const problem of problems) {
      const incomingLine = problem.file === target ? lineToRow.get(problem.line) : undefined;
      if (incomingLine === undefined) continue; // a problem the dataset already had: not this import's
      badLines.add(incomingLine);
      log.add({ ...problem, file: label, line: incomingLine });
    }
    const good = records.filter((r) => !badLines.has(r.row.line));
    if (good.length > 0) await appendRows(targetPath, header, good.map((r) => r.text).join(''));
    return { added: good.length, problems: log.problems.sort((a, b) => a.line - b.line) };
  } finally {
    await rm(scratch, { recursive: true, force: true });
  }
}

/** The dataset file's own header (it may hold extra columns, e.g. `headline`), or the table's columns for a new file. */
async function readHeader(path: string, columns: readonly string[]): Promise<string[]> {
  const text = await readFile(path, 'utf8').catch(() => undefined);
  if (text === undefined) return [...columns];
  const [header] = parse(text, { to_line: 1, bom: true }) as string[][];
  return header ?? [...columns];
}

async function appendRows(path: string, header: readonly string[], text: string): Promise<void> {
  const existing = await readFile(path, 'utf8').catch(() => undefined);
  if (existing === undefined) return writeFile(path, `${csvRecord(header)}\n${text}`);
  await appendFile(path, existing.endsWith('\n') || existing === '' ? text : `\n${text}`);
}
