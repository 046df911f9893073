import type { Located } from './table.js';
import { withStatus } from './activity-status.js';
import type { TableRows } from './integrity.js';
import type { Dataset } from './load.js';
import { withCommitments } from './pledge-commitments.js';
import { attachSeries } from './series.js';

const recordsOf = <T>(items: readonly Located<T>[]) => items.map((i) => i.record);

/**
 * The published resources from the checked tables: each KPI with its definitions and series, each
 * priority with its outcomes, each action with its activities, each activity with its latest
 * status, each pledge with its commitments.
 */
export function assemble(rows: TableRows): Dataset {
  const outcomes = recordsOf(rows.luton2040Outcomes);
  const observations = recordsOf(rows.observations);
  const definitions = recordsOf(rows.definitions);
  const areaOrder = rows.areas.map((a) => a.record.id);
  const actionPriority = new Map(rows.actions.map((a) => [a.record.id, a.record.priority]));
  const statusReports = recordsOf(rows.statusReports);
  const commitments = recordsOf(rows.pledgeCommitments);
  return {
    documents: recordsOf(rows.documents),
    settings: recordsOf(rows.settings),
    livingWageRates: recordsOf(rows.livingWageRates).sort((a, b) => a.announced.localeCompare(b.announced)),
    areas: recordsOf(rows.areas),
    organisations: recordsOf(rows.organisations),
    essPriorities: recordsOf(rows.essPriorities),
    luton2040Priorities: recordsOf(rows.luton2040Priorities).map((priority) => {
      const statements = (kind: string) =>
        outcomes
          .filter((o) => o.priority === priority.id && o.kind === kind)
          .map(({ order, text, citation }) => ({ order, text, citation }))
          .sort((a, b) => a.order - b.order);
      const { citation, ...fields } = priority;
      return { ...fields, targetOutcomes: statements('target-outcome'), developments2028: statements('development-2028'), citation };
    }),
    kpis: recordsOf(rows.kpis).map((kpi) => attachSeries(kpi, definitions, observations, areaOrder)),
    misBands: recordsOf(rows.misBands),
    actions: recordsOf(rows.actions).map(({ citation, ...fields }) => ({
      ...fields,
      activities: rows.activities.filter((a) => a.record.action === fields.id).map((a) => a.record.id),
      citation,
    })),
    activities: recordsOf(rows.activities).map((a) => withStatus(a, actionPriority.get(a.action)!, statusReports)),
    statusReports,
    pledgeSchemes: recordsOf(rows.pledgeSchemes),
    pledges: recordsOf(rows.pledges).map((p) => withCommitments(p, commitments.filter((c) => c.pledge === p.id))),
    sectors: recordsOf(rows.sectors),
    vacancies: recordsOf(rows.vacancies),
  };
}
