import type { Kpi, MeasureDefinition, Observation } from '@luton2040/schema';

/** The KPI's name to show: its display title where the source's own title has a slip, else that title. */
export const titleOf = (kpi: Pick<Kpi, 'title' | 'displayTitle'>): string => kpi.displayTitle ?? kpi.title;

/** The measure definition a figure follows, from its KPI's definitions. */
export function definitionOf(kpi: Pick<Kpi, 'definitions'>, observation: Pick<Observation, 'definition'>): MeasureDefinition | undefined {
  return observation.definition === undefined ? undefined : kpi.definitions?.find((d) => d.id === observation.definition);
}

/**
 * What a figure is, in the words to put above it: its definition's label ("Businesses reporting
 * hard-to-fill vacancies" for the plan's KPI "Numbers of hard to fill vacancies"), so that the
 * number and the words agree; the KPI's title where the figure names no definition.
 */
export function figureLabel(kpi: Pick<Kpi, 'title' | 'displayTitle' | 'definitions'>, observation: Pick<Observation, 'definition'>): string {
  return definitionOf(kpi, observation)?.label ?? titleOf(kpi);
}
