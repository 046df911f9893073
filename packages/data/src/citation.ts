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

/** How far apart (in folded characters) two fragments of one quote may be: a column of the page. */
const FRAGMENT_REACH = 800;

/**
 * Whether a document's folded text holds a quote word for word. A quote of a two-column page may
 * join, with " … ", fragments of one sentence that the columns split: each must be found, in order,
 * within a column's length of the one before.
 */
export function containsPassage(foldedText: string, quote: string): boolean {
  const [first = '', ...rest] = quoteFragments(quote).map(foldForQuote);
  for (let at = foldedText.indexOf(first); at >= 0; at = foldedText.indexOf(first, at + 1)) {
    let end = at + first.length;
    const followed = rest.every((fragment) => {
      const next = foldedText.indexOf(fragment, end);
      if (next < 0 || next - end > FRAGMENT_REACH) return false;
      end = next + fragment.length;
      return true;
    });
    if (followed) return true;
  }
  return false;
}

/** The fragments of a quote joined with " … " (one fragment for an ordinary quote). */
export const quoteFragments = (quote: string): string[] => quote.split(/\s+…\s+/);

/** A quote as one passage, its fragments joined, for reading the figures it states. */
export const quoteText = (quote: string): string => quoteFragments(quote).join(' ');
