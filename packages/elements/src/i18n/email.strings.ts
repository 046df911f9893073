/** The words of the frame around every email snippet (each widget's own words are in its catalogue). */
export interface EmailStrings {
  locale: string;
  /** At the top of a snippet whose widget shows made-up data. */
  sampleBanner: string;
  /** The snapshot date: an email is not live. */
  figuresAsOf(date: string): string;
  seeItLive: string;
}
