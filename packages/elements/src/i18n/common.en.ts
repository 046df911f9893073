import { englishFigures, notComparableWords } from '@luton2040/sdk';
import type { CommonStrings } from './common.strings.js';

/** English (en-GB): the fallback for every locale. */
export const commonEn: CommonStrings = {
  locale: 'en-GB',
  source: 'Source',
  sampleData: 'Sample data',
  missingAttribute: (tag, attribute) => `<${tag}> needs a ${attribute} attribute.`,
  stale: (since) => `out of date: feed unreachable, copy from ${since}`,
  figure: englishFigures.figure,
  whyNotComparable: notComparableWords,
};
