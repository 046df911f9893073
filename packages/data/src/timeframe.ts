import type { Timeframe } from '@luton2040/schema';

/** Plan years run from 1 to 5 (the strategy covers 2022-27). */
const LAST_PLAN_YEAR = 5;

export const timeframeRule = 'must be like "Year 1", "Year 1, 2", "Years 2-4", "Ongoing" or "Year 1 and ongoing" (plan years 1 to 5)';

/**
 * Parses the plan's timeframe wording ("Year 1, 2", "Ongoing", "Year 1 and ongoing") into plan
 * years and an ongoing flag; `undefined` when the wording is not one the plan uses, so that a typo
 * is reported rather than silently read as "no years".
 */
export function parseTimeframe(text: string): Timeframe | undefined {
  const words = text.trim().toLowerCase().replace(/\s+/g, ' ');
  const match = /^(?:years? ([\d ,&-]+|\d+(?: (?:and|to) \d+)*))?(?:(?:,| and|,? &)? ?(ongoing))?$/.exec(words);
  if (!match || (!match[1] && !match[2])) return undefined;
  const years = match[1] ? parseYears(match[1]) : [];
  if (years === undefined) return undefined;
  return { text: text.trim(), years, ongoing: match[2] !== undefined };
}

function parseYears(list: string): number[] | undefined {
  const years = new Set<number>();
  for (const part of list.split(/\s*(?:,|&|\band\b)\s*/).filter(Boolean)) {
    const range = /^(\d+)\s*(?:-|to)\s*(\d+)$/.exec(part.trim());
    const [from, to] = range ? [Number(range[1]), Number(range[2])] : [Number(part), Number(part)];
    if (!Number.isInteger(from) || from < 1 || to > LAST_PLAN_YEAR || from > to) return undefined;
    for (let year = from; year <= to; year++) years.add(year);
  }
  return years.size > 0 ? [...years].sort((a, b) => a - b) : undefined;
}
