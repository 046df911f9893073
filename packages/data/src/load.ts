import type { ResourceName, ResourceRecord, SourceDocument } from '@luton2040/schema';
import { assemble } from './assemble.js';
import { CitationChecker, readSources } from './citations.js';
import { readSettings, type DatasetSettings } from './dataset-settings.js';
import type { DatasetTable, TableId } from './dataset-table.js';
import { checkIntegrity, type TableRows } from './integrity.js';
import { ProblemLog, type DatasetProblem } from './problems.js';
import { LUTON } from './series.js';
import { loadTable, reportDuplicates, type Located } from './table.js';
import { datasetTables } from './tables/index.js';

export { LUTON, type DatasetSettings };

/** The whole reference dataset, cross-checked, ready to publish: every resource's records, by resource name. */
export type Dataset = { [N in ResourceName]: ResourceRecord<N>[] };

export interface LoadOptions {
  /** Folder with the text of the source documents; when given, every quote is checked against it. */
  sourcesDir?: string;
  /**
   * Folder of made-up demonstration records (pledges, pledge commitments, vacancies), e.g.
   * `examples/sample-data`; every record in it must be marked sample.
   */
  samplesDir?: string;
  /** How problems name the samples folder (default: the folder as given, with a trailing `/`). */
  samplesLabel?: string;
}

export interface LoadResult {
  dataset: Dataset;
  /** The settings every dataset must give (the data date, the plan's Year 1). */
  settings: DatasetSettings;
  /** Every problem found. Records with problems are left out; all others are kept. */
  problems: DatasetProblem[];
}

/**
 * A table's records from the dataset folder and, for pledges and vacancies, from the samples folder
 * too, where every record must say it is sample (and none in the dataset may), so that made-up
 * records are never published as real. Duplicates are reported where they repeat the first.
 */
async function readTable<T>(table: DatasetTable<T>, dir: string, options: LoadOptions, log: ProblemLog): Promise<Located<T>[]> {
  const folders = [{ dir, label: '', sample: false }];
  if (table.samples && options.samplesDir) {
    folders.push({ dir: options.samplesDir, label: options.samplesLabel ?? options.samplesDir.replace(/\/?$/, '/'), sample: true });
  }
  const items: Located<T>[] = [];
  for (const folder of folders) {
    for (const item of await loadTable(folder.dir, table, log, { optional: table.samples ?? false, label: folder.label })) {
      const sample = (item.record as { sample?: unknown }).sample;
      if (typeof sample === 'boolean' && sample !== folder.sample) {
        const message = folder.sample
          ? 'must be yes: every record in the samples folder is made up and must say so'
          : 'sample records belong in the samples folder (examples/sample-data), not the reference dataset';
        log.add({ file: item.file, line: item.line, field: 'sample', message });
        continue;
      }
      items.push(item);
    }
  }
  return table.key ? reportDuplicates(items, table.key.of, table.key.field, log) : items;
}

/** Reads and cross-checks every file of the dataset folder, reporting all problems at once. */
export async function loadDataset(dir: string, options: LoadOptions = {}): Promise<LoadResult> {
  const log = new ProblemLog();
  const rows = {} as Record<TableId, Located<unknown>[]>;
  for (const [id, table] of Object.entries(datasetTables) as [TableId, DatasetTable<unknown>][]) rows[id] = await readTable(table, dir, options, log);
  const read = rows as TableRows;

  const settings = readSettings(read.settings, log);
  const documents = read.documents;
  const texts = options.sourcesDir ? await readSources(options.sourcesDir, documents, log) : undefined;
  const citations = new CitationChecker(new Set(documents.map((d) => d.record.id)), texts, log);
  const byId = new Map<string, SourceDocument>(documents.map((d) => [d.record.id, d.record]));
  const kept = checkIntegrity(read, citations, { log, documents: byId, ...(texts ? { texts } : {}) });
  return { dataset: assemble(kept), settings, problems: log.problems };
}
