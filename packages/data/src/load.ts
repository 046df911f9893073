import type {
  Action,
  Activity,
  Area,
  EssPriority,
  Kpi,
  Luton2040Priority,
  MisBand,
  Organisation,
  Pledge,
  PledgeSchemeItem,
  Sector,
  Setting,
  SourceDocument,
  StatusReport,
  Vacancy,
} from '@luton2040/schema';
import { withStatus } from './activity-status.js';
import { CitationChecker, readSources } from './citations.js';
import { readSettings, type DatasetSettings } from './dataset-settings.js';
import { loadPledgesAndVacancies, withCommitments } from './pledges-and-vacancies.js';
import { ProblemLog, type DatasetProblem } from './problems.js';
import { attachSeries, checkHeadlines, LUTON } from './series.js';
import { loadTable, reportDuplicates, type Located } from './table.js';
import { actionsTable } from './tables/actions.js';
import { activitiesTable } from './tables/activities.js';
import { areasTable } from './tables/areas.js';
import { documentsTable } from './tables/documents.js';
import { essPrioritiesTable } from './tables/ess-priorities.js';
import { kpisTable } from './tables/kpis.js';
import { luton2040OutcomesTable } from './tables/luton2040-outcomes.js';
import { luton2040PrioritiesTable } from './tables/luton2040-priorities.js';
import { misBandsTable } from './tables/mis-bands.js';
import { observationsTable } from './tables/observations.js';
import { organisationsTable } from './tables/organisations.js';
import { pledgeSchemesTable } from './tables/pledge-schemes.js';
import { sectorsTable } from './tables/sectors.js';
import { settingsTable } from './tables/settings.js';
import { statusReportsTable } from './tables/status-reports.js';

export { LUTON, type DatasetSettings };

/** The whole reference dataset, cross-checked, ready to publish. */
export interface Dataset {
  settings: DatasetSettings;
  /** Every row of settings.csv, published as the `settings` resource. */
  settingRecords: Setting[];
  documents: SourceDocument[];
  areas: Area[];
  organisations: Organisation[];
  essPriorities: EssPriority[];
  luton2040Priorities: Luton2040Priority[];
  kpis: Kpi[];
  misBands: MisBand[];
  actions: Action[];
  activities: Activity[];
  statusReports: StatusReport[];
  pledgeSchemes: PledgeSchemeItem[];
  pledges: Pledge[];
  sectors: Sector[];
  vacancies: Vacancy[];
}

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
  /** Every problem found. Records with problems are left out; all others are kept. */
  problems: DatasetProblem[];
}

/** Keeps the items whose `id` is in `known`, reporting each other one at its line. */
function keepKnown<T>(items: Located<T>[], field: string, idOf: (record: T) => string, known: ReadonlySet<string>, what: string, log: ProblemLog): Located<T>[] {
  return items.filter((item) => {
    const id = idOf(item.record);
    if (known.has(id)) return true;
    log.add({ file: item.file, line: item.line, field, message: `unknown ${what} "${id}"` });
    return false;
  });
}

/** Reports each id of a list that is not in `known`; true when all are known. */
function allKnown(item: Located<unknown>, field: string, ids: readonly string[], known: ReadonlySet<string>, what: string, log: ProblemLog): boolean {
  const unknown = ids.filter((id) => !known.has(id));
  unknown.forEach((id) => log.add({ file: item.file, line: item.line, field, message: `unknown ${what} "${id}"` }));
  return unknown.length === 0;
}

const idsOf = <T>(items: Located<T>[], id: (record: T) => string) => new Set(items.map((i) => id(i.record)));

/** Reads and cross-checks every file of the dataset folder, reporting all problems at once. */
export async function loadDataset(dir: string, options: LoadOptions = {}): Promise<LoadResult> {
  const log = new ProblemLog();
  const unique = <T>(items: Located<T>[], key: (record: T) => string, field = 'id') => reportDuplicates(items, key, field, log);

  const settingRows = unique(await loadTable(dir, settingsTable, log), (s) => s.key, 'key');
  const documents = unique(await loadTable(dir, documentsTable, log), (d) => d.id);
  const areas = unique(await loadTable(dir, areasTable, log), (a) => a.id);
  const organisations = unique(await loadTable(dir, organisationsTable, log), (o) => o.id);
  const essPriorities = unique(await loadTable(dir, essPrioritiesTable, log), (p) => p.id);
  const l2040Priorities = unique(await loadTable(dir, luton2040PrioritiesTable, log), (p) => p.id);
  const outcomes = unique(await loadTable(dir, luton2040OutcomesTable, log), (o) => `${o.priority} ${o.kind} ${o.order}`, 'order');
  const kpiDefinitions = unique(await loadTable(dir, kpisTable, log), (k) => k.id);
  const observations = unique(
    await loadTable(dir, observationsTable, log),
    (o) => `${o.kpi} ${o.area} ${o.period} ${o.value} ${o.citation.doc}`,
    'kpi',
  );
  const misBands = unique(await loadTable(dir, misBandsTable, log), (b) => b.band, 'band');
  const actionRows = unique(await loadTable(dir, actionsTable, log), (a) => a.id);
  const activityRows = unique(await loadTable(dir, activitiesTable, log), (a) => a.id);
  const statusRows = unique(await loadTable(dir, statusReportsTable, log), (r) => `${r.activity} ${r.date} ${r.status}`, 'activity');
  const schemeRows = unique(await loadTable(dir, pledgeSchemesTable, log), (p) => p.id);
  const sectors = unique(await loadTable(dir, sectorsTable, log), (s) => s.id);
  const { pledgeRows, commitmentRows, vacancyRows } = await loadPledgesAndVacancies(dir, options, log);

  const settings = readSettings(settingRows, log);
  const texts = options.sourcesDir ? await readSources(options.sourcesDir, documents, log) : undefined;
  const citations = new CitationChecker(idsOf(documents, (d) => d.id), texts, log);
  const cited = <T extends { citation?: { doc: string; section: string } }>(items: Located<T>[]) =>
    items.filter((item) => !item.record.citation || citations.check(item, item.record.citation));

  const validSettings = cited(settingRows);
  const areaIds = idsOf(areas, (a) => a.id);
  const validAreas = cited(areas).filter((area) => allKnown(area, 'members', area.record.members, areaIds, 'area id', log));
  const validOrganisations = cited(organisations);
  const validEss = cited(essPriorities);
  const essIds = idsOf(validEss, (p) => p.id);
  const validL2040 = cited(l2040Priorities);
  const l2040Ids = idsOf(validL2040, (p) => p.id);
  const validOutcomes = cited(keepKnown(outcomes, 'priority', (o) => o.priority, l2040Ids, 'Luton 2040 priority id', log));

  // ESS and supporting measures sit under an ESS priority; Luton 2040 measures under a Luton 2040 one.
  const kpis = cited(kpiDefinitions).filter((k) =>
    k.record.strategy === 'luton2040'
      ? allKnown(k, 'priority', [k.record.priority], l2040Ids, 'Luton 2040 priority id', log)
      : allKnown(k, 'priority', [k.record.priority], essIds, 'ESS priority id', log),
  );
  const kpiIds = idsOf(kpis, (k) => k.id);
  const knownObservations = cited(
    keepKnown(keepKnown(observations, 'kpi', (o) => o.kpi, kpiIds, 'KPI id', log), 'area', (o) => o.area, areaIds, 'area id', log),
  );
  const seriesRows = checkHeadlines(knownObservations, log).map((o) => o.record);

  const actions = cited(keepKnown(actionRows, 'priority', (a) => a.priority, essIds, 'ESS priority id', log));
  const actionPriority = new Map(actions.map((a) => [a.record.id, a.record.priority]));
  const organisationIds = idsOf(validOrganisations, (o) => o.id);
  const activities = cited(
    keepKnown(activityRows, 'action', (a) => a.action, new Set(actionPriority.keys()), 'action id', log).filter((a) => {
      const numbered = a.record.id.startsWith(`${a.record.action}.`);
      if (!numbered) log.add({ file: a.file, line: a.line, field: 'id', message: `activity ${a.record.id} is not numbered under its action ${a.record.action}` });
      const owners = allKnown(a, 'owners', a.record.owners, organisationIds, 'organisation id', log);
      const partners = allKnown(a, 'partners', a.record.partners, organisationIds, 'organisation id', log);
      return numbered && owners && partners;
    }),
  );
  const activityIds = idsOf(activities, (a) => a.id);
  const statusReports = cited(keepKnown(statusRows, 'activity', (r) => r.activity, activityIds, 'activity id', log)).map((r) => r.record);

  const pledgeSchemes = cited(schemeRows).filter((s) => !s.record.priority || allKnown(s, 'priority', [s.record.priority], l2040Ids, 'Luton 2040 priority id', log));
  const categoryIds = new Set(pledgeSchemes.filter((s) => s.record.kind === 'commitment-category').map((s) => s.record.id));
  const pledgeIds = idsOf(pledgeRows, (p) => p.id);
  const commitments = keepKnown(commitmentRows, 'pledge', (c) => c.pledge, pledgeIds, 'pledge id', log).filter(
    (c) =>
      allKnown(c, 'priority', [c.record.priority], l2040Ids, 'Luton 2040 priority id', log) &&
      (!c.record.category || allKnown(c, 'category', [c.record.category], categoryIds, 'commitment category id', log)),
  );
  const sectorRecords = cited(sectors);

  return {
    dataset: {
      settings,
      settingRecords: validSettings.map((s) => s.record),
      documents: documents.map((d) => d.record),
      areas: validAreas.map((a) => a.record),
      organisations: validOrganisations.map((o) => o.record),
      essPriorities: validEss.map((p) => p.record),
      luton2040Priorities: validL2040.map(({ record }) => {
        const statements = (kind: string) =>
          validOutcomes
            .filter((o) => o.record.priority === record.id && o.record.kind === kind)
            .map(({ record: { order, text, citation } }) => ({ order, text, citation }))
            .sort((a, b) => a.order - b.order);
        const { citation, ...fields } = record;
        return { ...fields, targetOutcomes: statements('target-outcome'), developments2028: statements('development-2028'), citation };
      }),
      kpis: kpis.map((k) => attachSeries(k.record, seriesRows, validAreas.map((a) => a.record.id))),
      misBands: cited(misBands).map((b) => b.record),
      actions: actions.map(({ record: { citation, ...fields } }) => ({
        ...fields,
        activities: activities.filter((a) => a.record.action === fields.id).map((a) => a.record.id),
        citation,
      })),
      activities: activities.map((a) => withStatus(a.record, actionPriority.get(a.record.action)!, statusReports)),
      statusReports,
      pledgeSchemes: pledgeSchemes.map((s) => s.record),
      pledges: pledgeRows.map(({ record }) => withCommitments(record, commitments.filter((c) => c.record.pledge === record.id).map((c) => c.record))),
      sectors: sectorRecords.map((s) => s.record),
      vacancies: vacancyRows.map((v) => v.record),
    },
    problems: log.problems,
  };
}
