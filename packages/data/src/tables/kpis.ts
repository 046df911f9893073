import * as z from 'zod/mini';
import { Direction, Strategy, Unit, type Kpi } from '@luton2040/schema';
import { OptionalText, Text, optional } from '../cells.js';
import { citationFrom } from '../citation.js';
import { oneOf, type Table } from '../table.js';

/** A KPI as its row defines it; its series are attached from observations.csv. */
export type KpiDefinition = Omit<Kpi, 'observations' | 'comparators'>;

/** kpis.csv (and kpis-*.csv): the ESS outcome KPIs, Luton 2040 headline measures and supporting measures. */
export const kpisTable: Table<KpiDefinition> = {
  name: 'kpis',
  columns: ['id', 'title', 'strategy', 'priority', 'direction', 'unit', 'source', 'measure', 'description', 'doc', 'section', 'quote'],
  cells: z.object({
    id: Text,
    title: Text,
    strategy: oneOf(Strategy.options),
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
    const measure = optional(v.measure);
    const description = optional(v.description);
    const source = optional(v.source);
    return {
      id: v.id!.trim(),
      title: v.title!.trim(),
      strategy: v.strategy!.trim() as Kpi['strategy'],
      priority: v.priority!.trim(),
      direction: v.direction!.trim() as Kpi['direction'],
      unit: v.unit!.trim() as Kpi['unit'],
      ...(source ? { source } : {}),
      ...(measure ? { measure } : {}),
      ...(description ? { description } : {}),
      citation: citationFrom(v),
    };
  },
};
