import type { Observation, ObservationStatus, Unit } from '@luton2040/schema';
import { parseCsv } from './csv.js';
import { fetchSourceText, type AdapterFetchOptions } from './source.js';

/** NOMIS's data API (ONS labour-market statistics, run by Durham University). */
export const NOMIS_API = 'https://www.nomisweb.co.uk/api/v01/dataset';

/** One NOMIS dataset with its dimension selections, e.g. `NM_162_1` with `gender=0&age=0`. */
export interface NomisQuery {
  dataset: string;
  /** Dimension selections other than geography and date, as NOMIS codes. */
  params: Record<string, string>;
}

/** Picks rows of a query's answer: every column named must hold the code given, e.g. `{ MEASURES: '21001' }`. */
export type RowPick = Record<string, string>;

/** How figures of member areas combine into a group's figure (SEMLEP, the OxCam Arc). */
export type Aggregation =
  /** Counts: the group's figure is the members' sum. */
  | { kind: 'sum' }
  /** Rates and ratios: `scale × Σ numerators ÷ Σ denominators`, never an average of the members' rates. */
  | {
      kind: 'ratio';
      scale: number;
      numerator: RowPick;
      /** Rows of the series' query, or of `denominatorQuery` when the denominator is in another dataset. */
      denominator: RowPick;
      denominatorQuery?: NomisQuery;
    }
  /** Figures that cannot be combined (medians): groups get none, with the reason. */
  | { kind: 'none'; reason: string };

/** A statistic NOMIS publishes, and the feed KPI it feeds. */
export interface NomisSeries {
  /** The feed KPI id the observations are for. */
  kpi: string;
  /** What the figure is, as cited. */
  title: string;
  unit: Unit;
  /** How firm NOMIS's figures are: survey estimates (APS, ASHE) are `estimate`. */
  status: ObservationStatus;
  query: NomisQuery;
  /** Rows of `query` that hold the published figure. */
  value: RowPick;
  aggregate: Aggregation;
  /** Decimal places of computed group figures (NOMIS's own precision). */
  decimals: number;
}

// Residents aged 16-64 (mid-year population estimates): the denominator NOMIS itself uses for
// claimant rates and jobs density.
const residents16to64: NomisQuery = { dataset: 'NM_2002_1', params: { gender: '0', c_age: '203', measures: '20100' } };
const aps = (variable: string): NomisQuery => ({ dataset: 'NM_17_5', params: { variable, measures: '20599,21001,21002' } });

/**
 * The NOMIS statistics behind the strategy's KPIs. Dimension codes follow each dataset's NOMIS
 * definition (`https://www.nomisweb.co.uk/api/v01/dataset/NM_162_1.def.sdmx.json`...); check them
 * there when a dataset is revised.
 */
export const nomisSeries = {
  /** Claimant count (DWP via ONS), all people aged 16+. */
  claimantCount: {
    kpi: 'claimant-count',
    title: 'Claimant count',
    unit: 'count',
    status: 'final',
    query: { dataset: 'NM_162_1', params: { gender: '0', age: '0', measure: '1', measures: '20100' } },
    value: { MEASURE: '1' },
    aggregate: { kind: 'sum' },
    decimals: 0,
  },
  /** Claimants as a proportion of residents aged 16-64. */
  claimantRate: {
    kpi: 'benefit-claimants',
    title: 'Claimant count: claimants as a proportion of residents aged 16-64',
    unit: 'percent',
    status: 'final',
    query: { dataset: 'NM_162_1', params: { gender: '0', age: '0', measure: '1,2', measures: '20100' } },
    value: { MEASURE: '2' },
    aggregate: { kind: 'ratio', scale: 100, numerator: { MEASURE: '1' }, denominator: {}, denominatorQuery: residents16to64 },
    decimals: 1,
  },
  /** Annual Population Survey: employment rate, aged 16-64. */
  employmentRate: {
    kpi: 'employment-rate',
    title: 'Annual Population Survey: employment rate - aged 16-64',
    unit: 'percent',
    status: 'estimate',
    query: aps('45'),
    value: { MEASURES: '20599' },
    aggregate: { kind: 'ratio', scale: 100, numerator: { MEASURES: '21001' }, denominator: { MEASURES: '21002' } },
    decimals: 1,
  },
  /** Annual Population Survey: unemployment rate, aged 16+ (model-free survey estimate). */
  unemploymentRate: {
    kpi: 'unemployment-rate',
    title: 'Annual Population Survey: unemployment rate - aged 16+',
    unit: 'percent',
    status: 'estimate',
    query: aps('83'),
    value: { MEASURES: '20599' },
    aggregate: { kind: 'ratio', scale: 100, numerator: { MEASURES: '21001' }, denominator: { MEASURES: '21002' } },
    decimals: 1,
  },
  /** Jobs density: jobs per resident aged 16-64. */
  jobsDensity: {
    kpi: 'jobs-and-job-density',
    title: 'Jobs density',
    unit: 'ratio',
    status: 'final',
    query: { dataset: 'NM_57_1', params: { item: '1,3', measures: '20100' } },
    value: { ITEM: '3' },
    aggregate: { kind: 'ratio', scale: 1, numerator: { ITEM: '1' }, denominator: {}, denominatorQuery: residents16to64 },
    decimals: 2,
  },
  /** Total jobs (jobs density's numerator). */
  totalJobs: {
    kpi: 'total-jobs',
    title: 'Jobs density: total jobs',
    unit: 'count',
    status: 'final',
    query: { dataset: 'NM_57_1', params: { item: '1', measures: '20100' } },
    value: { ITEM: '1' },
    aggregate: { kind: 'sum' },
    decimals: 0,
  },
  /** ASHE resident analysis: median gross hourly pay of full-time workers. */
  medianHourlyPay: {
    kpi: 'median-hourly-pay',
    title: 'Annual Survey of Hours and Earnings (resident analysis): median gross hourly pay, full-time workers',
    unit: 'gbp-per-hour',
    status: 'estimate',
    query: { dataset: 'NM_30_1', params: { sex: '8', item: '2', pay: '5', measures: '20100' } },
    value: { ITEM: '2' },
    aggregate: { kind: 'none', reason: 'a median of a group cannot be computed from its members’ medians' },
    decimals: 2,
  },
} satisfies Record<string, NomisSeries>;

/** An area to fetch figures for: a feed `Area` fits. Groups list member area ids (or GSS codes). */
export interface NomisArea {
  id: string;
  gssCode?: string | undefined;
  kind?: string;
  members?: readonly string[];
}

/** An observation of one area, ready for the dataset, with the sums behind a group's figure. */
export interface NomisObservation extends Observation {
  kpi: string;
  area: string;
  numerator?: number;
  denominator?: number;
}

/** What an adapter run produced, and what it could not and why. */
export interface NomisResult {
  observations: NomisObservation[];
  skipped: { area: string; period?: string; reason: string }[];
  /** The NOMIS queries made, to cite and to re-run. */
  urls: string[];
}

export interface NomisOptions {
  /** NOMIS `date` selection. Default: `latest`; e.g. `latestMINUS12-latest` for a year of months. */
  date?: string;
  /** Document id the observations cite. Default: `nomis`. */
  citationDoc?: string;
  /** Member GSS codes of groups, by area id, where the areas do not list them (SEMLEP, the Arc). */
  groups?: Record<string, readonly string[]>;
  /** NOMIS API base. Default: {@link NOMIS_API}. */
  baseUrl?: string;
}

const gssPattern = /^[EKNSW]\d{8}$/;

/** The CSV address of a NOMIS query for some GSS codes. */
export function nomisUrl(query: NomisQuery, gssCodes: readonly string[], options: Pick<NomisOptions, 'date' | 'baseUrl'> = {}): string {
  const params = new URLSearchParams({ geography: [...new Set(gssCodes)].join(','), date: options.date ?? 'latest', ...query.params });
  return `${options.baseUrl ?? NOMIS_API}/${query.dataset}.data.csv?${params}`.replace(/%2C/g, ',');
}

/**
 * A NOMIS period as the feed writes periods: `2024-03` stays a month, "Jan 2023-Dec 2023" becomes
 * `2023`, "Apr 2022-Mar 2023" becomes `2022/23`; other twelve-month windows keep their last month
 * with a note saying what the figure covers.
 */
export function nomisPeriod(date: string, dateName: string): { period: string; note?: string } {
  const window = /^([A-Z][a-z]{2}) (\d{4})-([A-Z][a-z]{2}) (\d{4})$/.exec(dateName.trim());
  if (window) {
    const [, from, fromYear, to, toYear] = window;
    if (from === 'Jan' && to === 'Dec' && fromYear === toYear) return { period: fromYear! };
    if (from === 'Apr' && to === 'Mar' && Number(toYear) === Number(fromYear) + 1) return { period: `${fromYear}/${toYear!.slice(2)}` };
    return { period: date.slice(0, 7), note: `12 months ${dateName.trim()}` };
  }
  return { period: /^\d{4}(-\d{2})?/.exec(date)?.[0] ?? date };
}

interface Cell {
  period: string;
  year: number;
  note?: string | undefined;
  value: number;
}

/** The figures of rows matching `pick`, by GSS code then period. */
function cells(rows: Record<string, string>[], pick: RowPick): Map<string, Map<string, Cell>> {
  const byArea = new Map<string, Map<string, Cell>>();
  for (const row of rows) {
    if (!Object.entries(pick).every(([column, code]) => row[column] === code)) continue;
    const value = Number(row.OBS_VALUE);
    if (row.OBS_VALUE === '' || row.OBS_VALUE === undefined || !Number.isFinite(value)) continue; // suppressed or missing
    const { period, note } = nomisPeriod(row.DATE ?? '', row.DATE_NAME ?? '');
    const statusNote = row.OBS_STATUS && row.OBS_STATUS !== 'A' ? row.OBS_STATUS_NAME : undefined;
    const code = row.GEOGRAPHY_CODE ?? '';
    if (!byArea.has(code)) byArea.set(code, new Map());
    byArea.get(code)!.set(period, { period, year: Number(period.slice(0, 4)), note: [note, statusNote].filter(Boolean).join('; ') || undefined, value });
  }
  return byArea;
}

/** The denominator figure for a period: the same period, else the latest earlier year (population estimates are annual). */
function denominatorFor(series: Map<string, Cell> | undefined, cell: Cell): number | undefined {
  const same = series?.get(cell.period);
  if (same) return same.value;
  const earlier = [...(series?.values() ?? [])].filter((c) => c.year <= cell.year).sort((a, b) => b.year - a.year)[0];
  return earlier?.value;
}

const round = (value: number, decimals: number) => Math.round(value * 10 ** decimals) / 10 ** decimals;

/**
 * Observations for Luton and each comparator from NOMIS CSV answers: single areas get NOMIS's
 * published figure; groups get one computed from their members (summed counts, or summed numerators
 * over summed denominators), and only for periods where every member has figures.
 */
export function nomisObservations(
  series: NomisSeries,
  areas: readonly NomisArea[],
  answers: { csv: string; url: string; denominatorCsv?: string },
  options: Pick<NomisOptions, 'citationDoc' | 'groups'> = {},
): Omit<NomisResult, 'urls'> {
  const rows = parseCsv(answers.csv);
  const result: Omit<NomisResult, 'urls'> = { observations: [], skipped: [] };
  const citation = { doc: options.citationDoc ?? 'nomis', section: `${series.title} (NOMIS ${series.query.dataset})`, url: answers.url };
  const observation = (area: string, cell: Cell, value: number, sums?: { numerator: number; denominator?: number }): NomisObservation => ({
    kpi: series.kpi,
    area,
    period: cell.period,
    value,
    status: series.status,
    ...(cell.note ? { note: cell.note } : {}),
    citation,
    ...sums,
  });
  const published = cells(rows, series.value);
  const codeOf = new Map(areas.map((a) => [a.id, a.gssCode]));

  for (const area of areas) {
    if (area.kind !== 'group') {
      if (!area.gssCode) {
        result.skipped.push({ area: area.id, reason: 'has no GSS code' });
        continue;
      }
      const found = published.get(area.gssCode);
      if (!found?.size) result.skipped.push({ area: area.id, reason: `NOMIS returned no figure for ${area.gssCode}` });
      for (const cell of found?.values() ?? []) result.observations.push(observation(area.id, cell, cell.value));
      continue;
    }
    const members = (options.groups?.[area.id] ?? area.members ?? []).map((m) => (gssPattern.test(m) ? m : codeOf.get(m)));
    const { aggregate } = series;
    if (members.length === 0 || members.some((m) => !m)) {
      result.skipped.push({ area: area.id, reason: 'its member areas (with GSS codes) are not known; pass them in `groups`' });
      continue;
    }
    if (aggregate.kind === 'none') {
      result.skipped.push({ area: area.id, reason: aggregate.reason });
      continue;
    }
    const numerators = aggregate.kind === 'sum' ? published : cells(rows, aggregate.numerator);
    const denominators =
      aggregate.kind !== 'ratio'
        ? undefined
        : cells(aggregate.denominatorQuery ? parseCsv(answers.denominatorCsv ?? '') : rows, aggregate.denominator);
    const periods = new Map<string, Cell>();
    for (const code of members) for (const cell of numerators.get(code!)?.values() ?? []) periods.set(cell.period, cell);
    for (const cell of periods.values()) {
      let numerator = 0;
      let denominator = 0;
      const missing = members.filter((code) => {
        const n = numerators.get(code!)?.get(cell.period)?.value;
        const d = denominators ? denominatorFor(denominators.get(code!), cell) : 0;
        if (n === undefined || d === undefined) return true;
        numerator += n;
        denominator += d;
        return false;
      });
      if (missing.length) {
        result.skipped.push({ area: area.id, period: cell.period, reason: `no figure for member(s) ${missing.join(', ')}` });
      } else if (aggregate.kind === 'sum') {
        result.observations.push(observation(area.id, cell, numerator, { numerator }));
      } else if (denominator > 0) {
        result.observations.push(observation(area.id, cell, round((aggregate.scale * numerator) / denominator, series.decimals), { numerator, denominator }));
      }
    }
  }
  return result;
}

/** Every GSS code a run needs: single areas' and groups' members'. */
function codesFor(areas: readonly NomisArea[], groups: NomisOptions['groups'] = {}): string[] {
  const codeOf = new Map(areas.map((a) => [a.id, a.gssCode]));
  return areas.flatMap((a) =>
    a.kind === 'group' ? (groups[a.id] ?? a.members ?? []).map((m) => (gssPattern.test(m) ? m : codeOf.get(m))) : [a.gssCode],
  ).filter((c): c is string => !!c);
}

/**
 * Fetches one NOMIS series for Luton and its comparators and returns their observations. Without
 * network it fails with a `ConnectionError` naming the NOMIS address it tried.
 */
export async function fetchNomisSeries(
  series: NomisSeries,
  areas: readonly NomisArea[],
  options: NomisOptions & AdapterFetchOptions = {},
): Promise<NomisResult> {
  const codes = codesFor(areas, options.groups);
  const url = nomisUrl(series.query, codes, options);
  const urls = [url];
  const csv = await fetchSourceText(url, 'NOMIS', options, 'text/csv');
  let denominatorCsv: string | undefined;
  const { aggregate } = series;
  if (aggregate.kind === 'ratio' && aggregate.denominatorQuery && areas.some((a) => a.kind === 'group')) {
    // Population estimates are annual and lag: a few years back covers every period asked for.
    const denominatorUrl = nomisUrl(aggregate.denominatorQuery, codes, { ...options, date: 'latestMINUS5-latest' });
    urls.push(denominatorUrl);
    denominatorCsv = await fetchSourceText(denominatorUrl, 'NOMIS', options, 'text/csv');
  }
  return { ...nomisObservations(series, areas, { csv, url, ...(denominatorCsv !== undefined ? { denominatorCsv } : {}) }, options), urls };
}
