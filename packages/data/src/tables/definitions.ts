import * as z from 'zod/mini';
import type { MeasureDefinition } from '@luton2040/schema';
import { IdCell, OptionalText, Text, optional } from '../cells.js';
import { citationFrom } from '../citation.js';
import type { DatasetTable } from '../dataset-table.js';

/** A measure definition with the KPI it belongs to. */
export interface DefinitionRow extends MeasureDefinition {
  kpi: string;
}

/**
 * definitions.csv: what exactly each series of figures measures (population, base, survey
 * question, method), as the source states it. Every figure names one; figures are compared only
 * when they share it.
 */
export const definitionsTable: DatasetTable<DefinitionRow> = {
  name: 'definitions',
  columns: ['id', 'kpi', 'label', 'population', 'base', 'question', 'method', 'doc', 'section', 'quote'],
  cells: z.object({
    id: IdCell,
    kpi: IdCell,
    label: Text,
    population: OptionalText,
    base: OptionalText,
    question: OptionalText,
    method: OptionalText,
    doc: Text,
    section: Text,
    quote: OptionalText,
  }),
  toRecord: (v) => {
    const fields = { population: optional(v.population), base: optional(v.base), question: optional(v.question), method: optional(v.method) };
    return {
      id: v.id!.trim(),
      kpi: v.kpi!.trim(),
      label: v.label!.trim(),
      ...Object.fromEntries(Object.entries(fields).filter(([, value]) => value !== undefined)),
      citation: citationFrom(v),
    };
  },
  key: { field: 'id', of: (d) => d.id },
  refs: { kpi: { to: 'kpis', what: 'KPI id' } },
  // A definition from a strategy document quotes the passage that says what is measured.
  check: ({ file, line, record }, { log, documents }) => {
    if (record.citation.quote || !documents.get(record.citation.doc)?.file) return true;
    log.add({ file, line, field: 'quote', message: `must be given: the passage of document "${record.citation.doc}" that says what the figures measure` });
    return false;
  },
};
