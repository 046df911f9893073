import { notComparableWords } from '@luton2040/sdk';
import type { CommonStrings } from './common.strings.js';

const ordinalSuffix: Record<string, string> = { one: 'st', two: 'nd', few: 'rd' };

/** English (en-GB): the fallback for every locale. */
export const commonEn: CommonStrings = {
  locale: 'en-GB',
  source: 'Source',
  sampleData: 'Sample data',
  missingAttribute: (tag, attribute) => `<${tag}> needs a ${attribute} attribute.`,
  stale: (since) => `out of date: feed unreachable, copy from ${since}`,
  figure: {
    about: (figure) => `about ${figure}`,
    perHour: (money) => `${money} an hour`,
    pence: (number) => `${number}p`,
    ordinal: (rank, number) => `${number}${ordinalSuffix[new Intl.PluralRules('en-GB', { type: 'ordinal' }).select(rank)] ?? 'th'}`,
    kilotonnes: (number) => `${number} kt CO₂e`,
    inPeriod: (period) => `in ${period}`,
    reportedIn: (year) => `reported in ${year}`,
    quarter: (year, quarter) => `${year} Q${quarter}`,
  },
  whyNotComparable: notComparableWords,
};
