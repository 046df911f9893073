import type { CheckContext } from '../dataset-table.js';
import type { Located } from '../table.js';
import type { DefinitionRow } from '../tables/definitions.js';
import type { ObservationRow } from '../tables/observations.js';
import { valueNotInPassage } from './quote-figures.js';

/**
 * A figure's own rules: one from a strategy document quotes the passage that states it, and says
 * whether that passage dates it; its value is a figure of its quote; its definition is one of its
 * own KPI's. (A figure from an official release has no text here to quote, and is dated.)
 */
export function checkObservation({ file, line, record }: Located<ObservationRow>, { log, documents, records }: CheckContext): boolean {
  let ok = true;
  const fault = (field: string, message: string) => {
    log.add({ file, line, field, message });
    ok = false;
  };
  const fromText = Boolean(documents.get(record.citation.doc)?.file);
  const quote = record.citation.quote;
  if (fromText && !quote) fault('quote', `must be given: the passage of document "${record.citation.doc}" that states the figure`);
  if (fromText && !record.periodPrecision) {
    fault('period_precision', 'must be dated (the passage says which period the figure is for) or publication-year (it does not, and period is the year the document was published)');
  }
  const notInQuote = quote ? valueNotInPassage(record.value, quote) : undefined;
  if (notInQuote) fault('value', notInQuote);
  // Only for a KPI that exists: an unknown one is reported as such, and any definition would mismatch it.
  const definition = records<DefinitionRow>('definitions').find((d) => d.id === record.definition);
  const kpiExists = records<{ id: string }>('kpis').some((k) => k.id === record.kpi);
  if (definition && kpiExists && definition.kpi !== record.kpi) fault('definition', `"${definition.id}" defines a figure of KPI "${definition.kpi}", not of "${record.kpi}"`);
  return ok;
}
