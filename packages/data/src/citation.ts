import type { Citation } from '@luton2040/schema';
import { optional } from './cells.js';

/** The three citation columns every fact-bearing file carries. */
export const citationColumns = ['doc', 'section', 'quote'] as const;

/** The citation of a row; an optional `url` column points at the exact page of an official release. */
export function citationFrom(values: Record<string, string>): Citation {
  const quote = optional(values.quote);
  const url = optional(values.url);
  return { doc: values.doc?.trim() ?? '', section: values.section?.trim() ?? '', ...(quote ? { quote } : {}), ...(url ? { url } : {}) };
}

/**
 * Folds a passage the way the quote check compares it: runs of white space to one space, curly
 * quotes to straight ones, and without the `**` bold markers of the source text files.
 */
export function foldForQuote(text: string): string {
  return text
    .replaceAll('**', '')
    .replace(/[\u2018\u2019]/g, "'")
    .replace(/[\u201C\u201D]/g, '"')
    .replace(/\s+/g, ' ')
    .trim();
}
