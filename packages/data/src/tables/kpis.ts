import * as z from 'zod/mini';
import { Direction, KpiRole, Strategy, Unit, type Kpi } from '@luton2040/schema';
import { OptionalText, Text, optional } from '../cells.js';
import { checkKpi, checkMeasureText } from '../checks/kpi-rules.js';
import { citationFrom } from '../citation.js';
import type { DatasetTable } from '../dataset-table.js';
import { oneOf } from '../table.js';

/** A KPI as its row defines it; its definitions and series are attached from definitions.csv and observations.csv. */
export type KpiDefinition = Omit<Kpi, 'observations' | 'comparators' | 'definitions'>;

/** What the documents call a measure, where the row leaves `role` empty. */
const defaultRole = { ess: 'outcome-kpi', supporting: 'supporting-figure', luton2040: undefined } as const;

/** kpis.csv (and kpis-*.csv): the ESS outcome KPIs, Luton 2040 measures and supporting measures. */
export const kpisTable: DatasetTable<KpiDefinition> = {
  name: 'kpis',
  columns: ['id', 'title', 'strategy', 'priority', 'direction', 'unit', 'source', 'measure', 'description', 'doc', 'section', 'quote'],
  cells: z.object({
    id: Text,
    title: Text,
    display_title: z.optional(OptionalText),
    strategy: oneOf(Strategy.options),
    role: z.optional(z.string().check(z.trim(), z.refine((r) => r === '' || (KpiRole.options as readonly string[]).includes(r), `must be one of: ${KpiRole.options.join(', ')}, or empty`))),
    priority: Text,
    direction: oneOf(Direction.options),
    unit: oneOf(Unit.options),
    source: OptionalText,
    measure: OptionalText,
    description: OptionalText,
    doc: Text,
    section: Text,
  }),
  toRecord: (v) => {
    const strategy = v.strategy!.trim() as Kpi['strategy'];
    const displayTitle = optional(v.display_title);
    const role = (optional(v.role) as Kpi['role']) ?? defaultRole[strategy];
    const measure = optional(v.measure);
    const description = optional(v.description);
    const source = optional(v.source);
    return {
      id: v.id!.trim(),
      title: v.title!.trim(),
      ...(displayTitle ? { displayTitle } : {}),
      strategy,
      ...(role ? { role } : {}),
      priority: v.priority!.trim(),
      direction: v.direction!.trim() as Kpi['direction'],
      unit: v.unit!.trim() as Kpi['unit'],
      ...(source ? { source } : {}),
      ...(measure ? { measure } : {}),
      ...(description ? { description } : {}),
      citation: citationFrom(v),
    };
  },
  key: { field: 'id', of: (k) => k.id },
  // ESS and supporting measures sit under an ESS priority; Luton 2040 measures under a Luton 2040 one.
  refs: {
    priority: (k) =>
      k.strategy === 'luton2040' ? { to: 'luton2040Priorities', what: 'Luton 2040 priority id' } : { to: 'essPriorities', what: 'ESS priority id' },
  },
  check: (item, context) => [checkKpi(item, context), checkMeasureText(item, context)].every(Boolean),
};
