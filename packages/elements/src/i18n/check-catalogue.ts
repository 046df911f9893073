import type { Catalogue } from './catalogue.js';
import { english } from './english.js';

const kindOf = (value: unknown) => (value === null ? 'null' : Array.isArray(value) ? 'array' : typeof value);

function compare(expected: unknown, actual: unknown, path: string, problems: string[]): void {
  if (kindOf(expected) !== kindOf(actual)) {
    problems.push(actual === undefined ? `${path}: missing (English has it)` : `${path}: is ${kindOf(actual)}, English has ${kindOf(expected)}`);
    return;
  }
  if (kindOf(expected) !== 'object') return;
  const want = expected as Record<string, unknown>;
  const have = actual as Record<string, unknown>;
  for (const key of Object.keys(want)) compare(want[key], have[key], path ? `${path}.${key}` : key, problems);
  for (const key of Object.keys(have)) if (!(key in want)) problems.push(`${path ? `${path}.` : ''}${key}: not a key English has (misspelt, or removed)`);
}

/**
 * What is wrong with a language's catalogue, one line each, against the English one: a key it
 * lacks, a key English does not have, a word where English has a function (or the reverse).
 * Empty when the catalogue has exactly English's keys.
 */
export function catalogueProblems(catalogue: Catalogue): string[] {
  const problems: string[] = [];
  // A review says who checked the words, so its shape differs from English's by design.
  const { review: _english, ...expected } = english;
  const { review, ...actual } = catalogue;
  compare(expected, actual, '', problems);
  if (typeof review?.reviewed !== 'boolean') problems.push('review: say whether a speaker of the language has reviewed it: { reviewed: false } or { reviewed: true, by, on }');
  if (!['ltr', 'rtl'].includes(catalogue.dir)) problems.push(`dir: must be "ltr" or "rtl", not "${String(catalogue.dir)}"`);
  try {
    new Intl.Locale(catalogue.locale);
  } catch {
    problems.push(`locale: "${catalogue.locale}" is not a BCP 47 language tag`);
  }
  return problems;
}
