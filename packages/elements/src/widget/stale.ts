import type { ReadResult } from '@luton2040/sdk';
import type { CommonStrings } from '../i18n/common.strings.js';

/**
 * When the oldest of a widget's reads was last confirmed by the feed, if any of them is a kept copy
 * served because the feed could not be reached (not merely revalidating in the background): the
 * widget must then say that what it shows is out of date, and from when.
 */
export function staleSince(...reads: readonly Pick<ReadResult<unknown>, 'stale' | 'error' | 'fetchedAt'>[]): number | undefined {
  const kept = reads.filter((read) => read.stale && read.error).map((read) => read.fetchedAt);
  return kept.length ? Math.min(...kept) : undefined;
}

/** The "out of date" words for a copy last confirmed at `since` (ms since the epoch), in the widget's language. */
export function staleText(since: number | undefined, words: CommonStrings): string | undefined {
  if (since === undefined) return undefined;
  return words.stale(new Date(since).toLocaleDateString(words.locale, { day: 'numeric', month: 'short', year: 'numeric' }));
}
