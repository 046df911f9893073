// Feeds the stories read. Addresses are relative to the story page, where Storybook serves the
// built reference feed at feed/ and the elements' test fixtures at test-fixtures/.
import { createClient, type LutonClient } from '@luton2040/sdk';

/** The reference feed built from the dataset. */
export const FEED = 'feed/index.json';
/** A feed whose index is not valid JSON. */
export const MALFORMED_FEED = 'test-fixtures/malformed/index.json';
/** An address where no feed is published (the server answers 404). */
export const MISSING_FEED = 'no-such-feed/index.json';

/**
 * Measures of the reference feed chosen for what they show. If the dataset changes so that one of
 * them no longer shows it, the story's play function fails and says so.
 */
export const measures = {
  /** Success is a decrease, and the latest figure fell. */
  fallingIsGood: 'neet-rate',
  /** Success is an increase, and the latest figure rose. */
  risingIsGood: 'satisfied-with-luton',
  /** Success is a decrease, but the latest figure rose (from a comparable one). */
  worsening: 'child-poverty',
  /** One figure only: no trend yet. */
  oneFigure: 'employment-rate',
  /** Luton's latest figure has an England figure for the same period. */
  withEnglandFigure: 'ks2-expected-standard',
  /** A strategy KPI the documents name but give no figure for. */
  noFigures: 'gcse-5-plus',
} as const;

/** Measures of the reference feed for `<luton-comparator-bars>`, chosen the same way as `measures`. */
export const comparisons = {
  /** Luton, the UK and the East of England for the same year; no England figure. */
  severalAreas: 'full-time-employment-share',
  /** Luton and England for the same year. */
  againstEngland: 'ks2-expected-standard',
  /** Luton and the UK for the same year, and no figure for England or Bedford. */
  ukOnly: 'unemployment-rate',
  /** Luton's latest figure has no comparator; an alternative figure of the same measure and period as the national one has. */
  likeForLike: 'child-poverty',
} as const;

/**
 * A client whose requests never answer (but still stop when aborted), so a widget stays in its
 * loading state for as long as it is looked at.
 */
export function neverAnsweringClient(): LutonClient {
  const hang: typeof fetch = (_input, init) =>
    new Promise((_resolve, reject) => init?.signal?.addEventListener('abort', () => reject(init.signal?.reason), { once: true }));
  // The longest delay a browser timer accepts: the client's own timeout never ends the wait.
  return createClient({ feedUrl: new URL(FEED, document.baseURI).href, fetch: hang, timeout: 2 ** 31 - 1 });
}

/** A client for the reference feed whose every request is held back, to watch loading turn into data. */
export function slowClient(delayMs: number): LutonClient {
  const slow: typeof fetch = (input, init) => new Promise((resolve) => setTimeout(resolve, delayMs)).then(() => fetch(input, init));
  return createClient({ feedUrl: new URL(FEED, document.baseURI).href, fetch: slow });
}

/** A client for the reference feed, for play functions that take their expectations from the feed itself. */
export const referenceClient = (): LutonClient => createClient({ feedUrl: new URL(FEED, document.baseURI).href });
