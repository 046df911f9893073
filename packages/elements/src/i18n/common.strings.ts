import type { FigureWords, NotComparableReason } from '@luton2040/sdk';

/** The words around a figure's number and its period: the SDK's, so that one formatter serves every layer. */
export type FigureStrings = FigureWords;

/**
 * Words every widget shares. Each widget's catalogue extends `WidgetStrings` (these and its own);
 * a locale is one file per widget that spreads its common words, as `common.en.ts` does for English.
 */
export interface CommonStrings {
  /** The BCP 47 language tag numbers, dates and lists are formatted for, e.g. `en-GB`. */
  locale: string;
  /** Label of the data source line. */
  source: string;
  /** A visible label on data that no document supports (made up for the demo). */
  sampleData: string;
  missingAttribute(tag: string, attribute: string): string;
  /** A figure shown from the last good copy because the feed could not be reached. */
  stale(since: string): string;
  figure: FigureStrings;
  /** Why two figures make no trend or gap, in plain words (the SDK's `notComparableWords` in English). */
  whyNotComparable: Record<NotComparableReason, string>;
}

/** What every widget's own catalogue has besides the common words. */
export interface WidgetStrings extends CommonStrings {
  /** The error state's message when the data could not be read. */
  failed: string;
  /** The error state's message when the feed has no record by that id. */
  notFound(id: string): string;
}
