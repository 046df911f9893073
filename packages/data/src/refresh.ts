import { appendFile, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fetchJobPostings, fetchNomisSeries, nomisSeries, type NomisObservation, type NomisSeries } from '@luton2040/sdk';
import type { Vacancy } from '@luton2040/schema';
import { csvRecord } from './csv-write.js';
import { loadDataset } from './load.js';

/** The document id NOMIS figures cite; `refresh` adds its row to documents.csv when missing. */
export const NOMIS_DOC = 'nomis';

export type NomisSeriesName = keyof typeof nomisSeries;
export const nomisSeriesNames = Object.keys(nomisSeries) as NomisSeriesName[];

export interface RefreshOptions {
  /** The `fetch` to use (tests). */
  fetch?: typeof fetch;
  /** Where to write; defaults are in the dataset folder. */
  out?: string;
}

export interface NomisRefreshOptions extends RefreshOptions {
  series: readonly NomisSeriesName[];
  /** NOMIS date selection, e.g. `latest` (default) or `latestMINUS4-latest`. */
  date?: string;
  /** NOMIS API base (tests point it at a local server). */
  baseUrl?: string;
}

export interface RefreshReport {
  written: number;
  file: string;
  /** What was left out and why (a KPI the dataset lacks, an area without a figure…). */
  notes: string[];
}

const observationColumns = ['kpi', 'area', 'definition', 'period', 'period_precision', 'value', 'status', 'note', 'doc', 'section', 'quote', 'headline', 'url'];
const definitionColumns = ['id', 'kpi', 'label', 'population', 'base', 'question', 'method', 'doc', 'section', 'quote'];

/** The definition NOMIS figures of a series follow: one per series, since each is its own statistic. */
const definitionOf = (name: NomisSeriesName) => `nomis-${name.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}`;

/**
 * Fetches NOMIS series for Luton and every comparator area with a GSS code, and writes them as
 * one observations file (replacing the previous refresh, so that a re-run never duplicates).
 * Figures are cited to the NOMIS query they came from.
 */
export async function refreshNomis(dataDir: string, options: NomisRefreshOptions): Promise<RefreshReport> {
  const { dataset, settings } = await loadDataset(dataDir);
  const kpiIds = new Set(dataset.kpis.map((k) => k.id));
  const areas = dataset.areas.filter((a) => a.gssCode || (a.kind === 'group' && a.members.length > 0));
  const notes: string[] = [];
  const rows: string[] = [];
  const definitions: string[][] = [];
  for (const name of options.series) {
    const series: NomisSeries = nomisSeries[name];
    if (!kpiIds.has(series.kpi)) {
      notes.push(`${name}: the dataset has no KPI "${series.kpi}" to attach it to; add it to kpis.csv first`);
      continue;
    }
    const result = await fetchNomisSeries(series, areas, {
      citationDoc: NOMIS_DOC,
      ...(options.date ? { date: options.date } : {}),
      ...(options.baseUrl ? { baseUrl: options.baseUrl } : {}),
      ...(options.fetch ? { fetch: options.fetch } : {}),
    });
    for (const skipped of result.skipped) notes.push(`${name}: ${skipped.area}${skipped.period ? ` ${skipped.period}` : ''}: ${skipped.reason}`);
    rows.push(...result.observations.map((o) => observationRow(o, series, definitionOf(name), result.urls[0]!)));
    if (result.observations.length > 0) definitions.push(definitionRow(name, series));
  }
  const file = options.out ?? join(dataDir, 'observations-nomis.csv');
  await writeFile(file, [csvRecord(observationColumns), ...rows].join('\n') + '\n');
  await ensureNomisDocument(dataDir, settings.dataDate);
  await ensureRows(join(dataDir, 'definitions.csv'), definitionColumns, definitions);
  return { written: rows.length, file, notes };
}

// An official release states the period of every figure: the period precision is left empty (dated).
function observationRow(o: NomisObservation, series: NomisSeries, definition: string, url: string): string {
  const note = o.numerator !== undefined && o.denominator !== undefined ? `Computed from members: ${o.numerator} / ${o.denominator}. ${o.note ?? ''}`.trim() : (o.note ?? '');
  return csvRecord([o.kpi, o.area, definition, o.period, '', String(o.value), o.status, note, NOMIS_DOC, series.title, '', 'yes', o.citation.url ?? url]);
}

/** What a NOMIS series measures, as NOMIS names it, cited to NOMIS. */
function definitionRow(name: NomisSeriesName, series: NomisSeries): string[] {
  return [definitionOf(name), series.kpi, series.title, '', '', '', `ONS figures published through NOMIS (dataset ${series.query.dataset})`, NOMIS_DOC, series.title, ''];
}

/** Appends the rows whose first cell (their id) the file does not have yet. */
async function ensureRows(path: string, columns: readonly string[], rows: readonly string[][]): Promise<void> {
  const text = await readFile(path, 'utf8').catch(() => `${csvRecord(columns)}\n`);
  const have = new Set(text.split('\n').map((line) => line.split(',')[0]));
  const missing = rows.filter((row) => !have.has(row[0]!)).map((row) => csvRecord(row));
  if (missing.length === 0 && text.length > 0) return;
  await writeFile(path, `${text}${text.endsWith('\n') ? '' : '\n'}${missing.map((line) => `${line}\n`).join('')}`);
}

async function ensureNomisDocument(dataDir: string, dataDate: string): Promise<void> {
  const path = join(dataDir, 'documents.csv');
  const text = await readFile(path, 'utf8');
  if (text.split('\n').some((line) => line.startsWith(`${NOMIS_DOC},`))) return;
  const row = csvRecord([NOMIS_DOC, '', 'Office for National Statistics: labour market statistics published through NOMIS', dataDate.slice(0, 4), 'https://www.nomisweb.co.uk/', 'Office for National Statistics']);
  await appendFile(path, `${text.endsWith('\n') ? '' : '\n'}${row}\n`);
}

export interface JobPostingRefreshOptions extends RefreshOptions {
  url: string;
  /** Mark the vacancies as sample data (a demo page, a test). */
  sample?: boolean;
  /** `YYYY-MM-DD`; postings closed before it are left out. Default: today. */
  today?: string;
}

const vacancyColumns = [
  'id', 'title', 'employer_id', 'employer_name', 'employer_url', 'locality', 'postal_code', 'salary_min', 'salary_max',
  'salary_unit', 'currency', 'employment_type', 'sector', 'date_posted', 'valid_through', 'url', 'description', 'sample',
];

function vacancyRow(v: Vacancy): string {
  return csvRecord([
    v.id, v.title, v.employer.id ?? '', v.employer.name, v.employer.url ?? '', v.location.locality, v.location.postalCode ?? '',
    v.salary ? String(v.salary.min) : '', v.salary?.max !== undefined ? String(v.salary.max) : '', v.salary?.unit ?? '', v.salary?.currency ?? '',
    v.employmentType.join(';'), v.sector ?? '', v.datePosted, v.validThrough ?? '', v.url, v.description ?? '', v.sample ? 'yes' : 'no',
  ]);
}

/**
 * Reads a partner's careers page (JSON-LD) or JSON feed of JobPostings and writes its open
 * vacancies, de-duplicated, as `vacancies-<site>.csv` (replacing that site's previous refresh).
 */
export async function refreshJobPostings(dataDir: string, options: JobPostingRefreshOptions): Promise<RefreshReport> {
  const result = await fetchJobPostings(options.url, {
    ...(options.sample ? { sample: true } : {}),
    ...(options.today ? { today: options.today } : {}),
    ...(options.fetch ? { fetch: options.fetch } : {}),
  });
  const site = new URL(options.url).hostname.replace(/^www\./, '').replace(/[^a-z0-9]+/gi, '-').toLowerCase();
  const file = options.out ?? join(dataDir, `vacancies-${site}.csv`);
  await writeFile(file, [csvRecord(vacancyColumns), ...result.vacancies.map(vacancyRow)].join('\n') + '\n');
  return { written: result.vacancies.length, file, notes: result.dropped.map((d) => `${d.posting ?? 'a posting'}: ${d.reason}`) };
}
