// The figures a quoted passage states, so that the validator can tell a value that is in its own
// quote from one typed in beside it. Documents write figures as digits ("12.9%", "92,000", "£61k",
// "8th") and as words ("four", "one in four", "a quarter", "two-thirds", "half").
import { quoteText } from '../citation.js';

const units: Record<string, number> = {
  one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19, twenty: 20,
};
const ordinals: Record<string, number> = {
  first: 1, second: 2, third: 3, fourth: 4, fifth: 5, sixth: 6, seventh: 7, eighth: 8, ninth: 9, tenth: 10,
  eleventh: 11, twelfth: 12, thirteenth: 13, fourteenth: 14, fifteenth: 15, sixteenth: 16, seventeenth: 17, eighteenth: 18, nineteenth: 19, twentieth: 20,
};
/** Shares written as fractions, in percent. "third" alone is the ordinal, so it needs "a" or "one". */
const fractions: [RegExp, number][] = [
  [/\b(?:a|one)[ -]quarter\b/, 25],
  [/\bthree[ -]quarters\b/, 75],
  [/\bhalf\b/, 50],
  [/\b(?:a|one)[ -]third\b/, 100 / 3],
  [/\btwo[ -]thirds\b/, 200 / 3],
  [/\b(?:a|one)[ -]fifth\b/, 20],
  [/\b(?:a|one)[ -]tenth\b/, 10],
];

const wordNumber = `(?:\\d+|${Object.keys(units).join('|')})`;
const numberOf = (word: string) => (/^\d+$/.test(word) ? Number(word) : units[word]!);

/** Every figure the passage states, in the order found: digits first, then words and fractions. */
export function figuresIn(passage: string): number[] {
  const text = quoteText(passage).toLowerCase();
  const found: number[] = [];
  // Digits with thousands separators and decimals; "61k" is 61,000.
  for (const [, digits, thousands] of text.matchAll(/(\d[\d,]*(?:\.\d+)?)(k\b)?/g)) {
    const value = Number(digits!.replace(/,(?=\d{3}\b)/g, '').replace(/,$/, ''));
    if (Number.isFinite(value)) found.push(thousands ? value * 1000 : value);
  }
  // "one in four", "1 in 8": a share in percent.
  // Not "8 in 2016": a share is of a few, never of a year.
  for (const [, a, b] of text.matchAll(new RegExp(`\\b(${wordNumber}) in (${wordNumber})\\b`, 'g'))) {
    const [part, whole] = [numberOf(a!), numberOf(b!)];
    if (part < whole && whole <= 100) found.push((part / whole) * 100);
  }
  for (const [word, value] of Object.entries(units)) if (new RegExp(`\\b${word}\\b`).test(text)) found.push(value);
  for (const [word, value] of Object.entries(ordinals)) if (new RegExp(`\\b${word}\\b`).test(text)) found.push(value);
  for (const [pattern, value] of fractions) if (pattern.test(text)) found.push(value);
  return found;
}

/** Figures as a problem message lists them: derived shares to one decimal place. */
const shown = (n: number) => String(Math.round(n * 10) / 10);

/**
 * Why `value` is not a figure of `passage`, or undefined when it is. A share worked out from words
 * ("one in eight" is 12.5) matches to one decimal place, as the dataset records such shares.
 */
export function valueNotInPassage(value: number, passage: string): string | undefined {
  const figures = figuresIn(passage);
  if (figures.some((f) => f === value || Math.abs(Math.round(f * 10) / 10 - value) < 1e-9)) return undefined;
  const listed = [...new Set(figures.map(shown))].join(', ');
  return figures.length === 0 ? `${value} is not in the quote, which states no figure` : `${value} is not a figure of the quote (it gives ${listed})`;
}
