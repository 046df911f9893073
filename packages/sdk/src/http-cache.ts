import type { CacheEntry } from './cache/store.js';

/** What `Cache-Control` allows, with the client's defaults where it is silent. */
export interface CachePolicy {
  /** False for `no-store`: the answer is used once and kept nowhere. */
  store: boolean;
  maxAge: number;
  swr: number;
}

/**
 * Reads `Cache-Control` as a private (browser) cache does: `no-store`, `no-cache` (keep, but
 * revalidate every time), `max-age`, `stale-while-revalidate`, `immutable`. `s-maxage` is for
 * shared caches and is ignored.
 */
export function cachePolicy(header: string | null, defaults: { maxAge: number; swr: number }): CachePolicy {
  const directives = new Map(
    (header ?? '')
      .toLowerCase()
      .split(',')
      .map((part) => part.trim().split('=') as [string, string | undefined]),
  );
  const seconds = (name: string) => {
    const value = Number(directives.get(name));
    return directives.has(name) && Number.isFinite(value) ? value * 1000 : undefined;
  };
  return {
    store: !directives.has('no-store'),
    maxAge: directives.has('no-cache') ? 0 : directives.has('immutable') ? Infinity : (seconds('max-age') ?? defaults.maxAge),
    swr: seconds('stale-while-revalidate') ?? defaults.swr,
  };
}

/** `fresh`: serve as is; `stale`: serve and revalidate in the background; `expired`: fetch before serving. */
export function freshness(entry: CacheEntry, now: number): 'fresh' | 'stale' | 'expired' {
  const age = now - entry.storedAt;
  return age < entry.maxAge ? 'fresh' : age < entry.maxAge + entry.swr ? 'stale' : 'expired';
}

/** The validators of a kept answer as request headers, so that an unchanged file costs a 304. */
export function conditionalHeaders(entry: CacheEntry | undefined): Record<string, string> {
  const headers: Record<string, string> = { accept: 'application/json' };
  if (entry?.etag) headers['if-none-match'] = entry.etag;
  if (entry?.lastModified) headers['if-modified-since'] = entry.lastModified;
  return headers;
}
