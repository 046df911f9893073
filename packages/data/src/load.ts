import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { comparePeriods, IsoDate, type Area, type Citation, type EssPriority, type Kpi, type SourceDocument } from '@luton2040/schema';
import { foldForQuote } from './citation.js';
import { ProblemLog, type DatasetProblem } from './problems.js';
import { loadTable, reportDuplicates, type Located } from './table.js';
import { areasTable } from './tables/areas.js';
import { documentsTable } from './tables/documents.js';
import { essPrioritiesTable } from './tables/ess-priorities.js';
import { kpisTable } from './tables/kpis.js';
import { observationsTable, type ObservationRow } from './tables/observations.js';
import { settingsTable } from './tables/settings.js';

/** Settings the dataset must give, because the documents do not. */
export interface DatasetSettings {
  /** The date the data speaks for; the feed's version and dates come from it. */
  dataDate: string;
  /** When the Implementation Plan's Year 1 begins (the plan does not say). */
  planYear1Start: string;
}

/** The whole reference dataset, cross-checked, ready to publish. */
export interface Dataset {
  settings: DatasetSettings;
  documents: SourceDocument[];
  areas: Area[];
  essPriorities: EssPriority[];
  kpis: Kpi[];
}

export interface LoadOptions {
  /** Folder with the text of the source documents; when given, every quote is checked against it. */
  sourcesDir?: string;
}

export interface LoadResult {
  dataset: Dataset;
  /** Every problem found. Records with problems are left out; all others are kept. */
  problems: DatasetProblem[];
}

/** The Luton area id: its figures are a KPI's own series, every other area's are comparators. */
export const LUTON = 'luton';

/** Reads and cross-checks every file of the dataset folder, reporting all problems at once. */
export async function loadDataset(dir: string, options: LoadOptions = {}): Promise<LoadResult> {
  const log = new ProblemLog();
  const settingRows = await loadTable(dir, settingsTable, log);
  const documents = reportDuplicates(await loadTable(dir, documentsTable, log), (d) => d.id, 'id', log);
  const areas = reportDuplicates(await loadTable(dir, areasTable, log), (a) => a.id, 'id', log);
  const essPriorities = reportDuplicates(await loadTable(dir, essPrioritiesTable, log), (p) => p.id, 'id', log);
  const kpiDefinitions = reportDuplicates(await loadTable(dir, kpisTable, log), (k) => k.id, 'id', log);
  const observations = reportDuplicates(
    await loadTable(dir, observationsTable, log),
    (o) => `${o.kpi} ${o.area} ${o.period} ${o.value} ${o.citation.doc}`,
    'kpi',
    log,
  );

  const settings = readSettings(settingRows, log);
  const texts = options.sourcesDir ? await readSources(options.sourcesDir, documents, log) : undefined;
  const citations = new CitationChecker(new Set(documents.map((d) => d.record.id)), texts, log);

  const areaIds = new Set(areas.map((a) => a.record.id));
  for (const area of areas) {
    area.record.members.forEach((member) => {
      if (!areaIds.has(member)) log.add({ file: area.file, line: area.line, field: 'members', message: `unknown area id "${member}"` });
    });
    if (area.record.citation) citations.check(area, area.record.citation);
  }
  const essPriorityIds = new Set(essPriorities.map((p) => p.record.id));
  essPriorities.forEach((p) => citations.check(p, p.record.citation));

  const kpis = kpiDefinitions.filter((k) => {
    citations.check(k, k.record.citation);
    if (k.record.strategy !== 'luton2040' && !essPriorityIds.has(k.record.priority)) {
      log.add({ file: k.file, line: k.line, field: 'priority', message: `unknown ESS priority id "${k.record.priority}"` });
      return false;
    }
    return true;
  });
  const kpiIds = new Set(kpis.map((k) => k.record.id));
  const validObservations = observations.filter((o) => {
    const known = checkKnown(o, 'kpi', o.record.kpi, kpiIds, 'KPI id', log) && checkKnown(o, 'area', o.record.area, areaIds, 'area id', log);
    if (known) citations.check(o, o.record.citation);
    return known;
  });

  return {
    dataset: {
      settings,
      documents: documents.map((d) => d.record),
      areas: areas.map((a) => a.record),
      essPriorities: essPriorities.map((p) => p.record),
      kpis: kpis.map((k) => attachSeries(k.record, validObservations, areas.map((a) => a.record.id))),
    },
    problems: log.problems,
  };
}

function checkKnown(item: Located<unknown>, field: string, id: string, known: Set<string>, what: string, log: ProblemLog): boolean {
  if (known.has(id)) return true;
  log.add({ file: item.file, line: item.line, field, message: `unknown ${what} "${id}"` });
  return false;
}

function attachSeries(definition: Omit<Kpi, 'observations' | 'comparators'>, rows: Located<ObservationRow>[], areaOrder: string[]): Kpi {
  const mine = rows.map((r) => r.record).filter((o) => o.kpi === definition.id);
  const series = (area: string) =>
    mine
      .filter((o) => o.area === area)
      .map(({ kpi: _kpi, area: _area, ...observation }) => observation)
      .sort((a, b) => comparePeriods(a.period, b.period));
  const comparators = areaOrder
    .filter((area) => area !== LUTON && mine.some((o) => o.area === area))
    .map((area) => ({ area, observations: series(area) }));
  return { ...definition, observations: series(LUTON), comparators };
}

function readSettings(rows: Located<{ key: string; value: string }>[], log: ProblemLog): DatasetSettings {
  const find = (key: string): string => {
    const row = rows.find((r) => r.record.key === key);
    if (!row) {
      log.add({ file: 'settings.csv', line: 0, field: key, message: 'missing setting' });
      return '1970-01-01';
    }
    if (!IsoDate.safeParse(row.record.value).success) {
      log.add({ file: row.file, line: row.line, field: 'value', message: `${key} must be a date like 2023-04-01 (got ${JSON.stringify(row.record.value)})` });
    }
    return row.record.value;
  };
  return { dataDate: find('data-date'), planYear1Start: find('plan-year-1-start') };
}

async function readSources(dir: string, documents: Located<{ id: string; file: string }>[], log: ProblemLog): Promise<Map<string, string>> {
  const texts = new Map<string, string>();
  for (const d of documents) {
    try {
      texts.set(d.record.id, foldForQuote(await readFile(join(dir, d.record.file), 'utf8')));
    } catch {
      log.add({ file: d.file, line: d.line, field: 'file', message: `source text "${d.record.file}" not found in ${dir}` });
    }
  }
  return texts;
}

/** Checks that a citation names a known document and that its quote is really in that document. */
class CitationChecker {
  constructor(
    private readonly documentIds: Set<string>,
    private readonly texts: Map<string, string> | undefined,
    private readonly log: ProblemLog,
  ) {}

  check(item: Located<unknown>, citation: Citation): void {
    if (!this.documentIds.has(citation.doc)) {
      this.log.add({ file: item.file, line: item.line, field: 'doc', message: `unknown document id "${citation.doc}"` });
      return;
    }
    const text = this.texts?.get(citation.doc);
    if (text === undefined) return;
    if (citation.quote && !text.includes(foldForQuote(citation.quote))) {
      this.log.add({ file: item.file, line: item.line, field: 'quote', message: `not found word for word in document "${citation.doc}"` });
    }
    if (!text.includes(foldForQuote(citation.section))) {
      this.log.add({ file: item.file, line: item.line, field: 'section', message: `no section "${citation.section}" in document "${citation.doc}"` });
    }
  }
}
