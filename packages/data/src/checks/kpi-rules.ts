import type { Kpi } from '@luton2040/schema';
import { foldForQuote } from '../citation.js';
import type { CheckContext } from '../dataset-table.js';
import type { Located } from '../table.js';
import type { KpiDefinition } from '../tables/kpis.js';

// The strategy's own words for success: "Increase ▲" or "Decrease ▼".
const saysIncrease = /▲|\bincrease\b/i;
const saysDecrease = /▼|\bdecrease\b/i;

/** The direction a KPI's `measure` text gives, or undefined when it gives none (or both). */
export function directionOfMeasure(measure: string | undefined): Kpi['direction'] | undefined {
  if (!measure) return undefined;
  const up = saysIncrease.test(measure);
  const down = saysDecrease.test(measure);
  return up === down ? undefined : up ? 'increase' : 'decrease';
}

/** What the documents call each strategy's measures, where the row may leave `role` empty. */
const roleOfStrategy = { ess: 'outcome-kpi', supporting: 'supporting-figure' } as const;

/**
 * A KPI's own rules: its direction agrees with its measure's words; an ESS KPI's title, measure and
 * planned source are the plan's, in its quote; a Luton 2040 measure says what the refresh calls it.
 */
export function checkKpi({ file, line, record }: Located<KpiDefinition>, { log }: CheckContext): boolean {
  let ok = true;
  const fault = (field: string, message: string) => {
    log.add({ file, line, field, message });
    ok = false;
  };
  const stated = directionOfMeasure(record.measure);
  if (stated && stated !== record.direction) fault('direction', `is "${record.direction}" but the measure says "${record.measure}"`);
  if (record.strategy === 'ess') {
    const words = [record.title, record.measure, record.source].filter(Boolean).join(' ');
    if (!foldForQuote(record.citation.quote ?? '').includes(foldForQuote(words))) {
      fault('title', `the title, measure and source ("${words}") are not in the quote as the plan words them`);
    }
  }
  if (record.strategy === 'luton2040') {
    if (record.role !== 'high-level-measure' && record.role !== 'progress-figure') {
      fault('role', 'must say what the refresh calls the measure: high-level-measure or progress-figure');
    }
  } else if (record.role && record.role !== roleOfStrategy[record.strategy]) {
    fault('role', `must be ${roleOfStrategy[record.strategy]} (or empty) for a ${record.strategy} measure`);
  }
  return ok;
}

/** A Luton 2040 measure's words for success are the refresh's own: checked like a quote. */
export function checkMeasureText({ file, line, record }: Located<KpiDefinition>, { log, texts }: CheckContext): boolean {
  const text = texts?.get(record.citation.doc);
  if (!text || !record.measure || record.strategy === 'ess') return true;
  if (text.includes(foldForQuote(record.measure))) return true;
  log.add({ file, line, field: 'measure', message: `not found word for word in document "${record.citation.doc}"` });
  return false;
}
