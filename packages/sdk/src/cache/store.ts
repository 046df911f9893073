/** One kept answer: the parsed body and what is needed to judge and revalidate it. */
export interface CacheEntry {
  /** The parsed JSON body. */
  body: unknown;
  /** Validator for `If-None-Match`. */
  etag?: string;
  /** Validator for `If-Modified-Since`. */
  lastModified?: string;
  /** When the feed last confirmed the body (ms since the epoch). */
  storedAt: number;
  /** Lifetime in ms from `storedAt`. */
  maxAge: number;
  /** How long in ms past its lifetime it may be served while revalidating. */
  swr: number;
  /** The address that answered, when a redirect led elsewhere (relative addresses in the body resolve against it). */
  url?: string;
  /** SHA-256 (hex) of the bytes the body was parsed from, when the manifest named it and it was checked. */
  sha256?: string;
}

/**
 * Where kept answers outlive the page. Entries are plain JSON-serialisable objects; a store may lose
 * them at any time (quota, private mode) and must never throw for that.
 */
export interface CacheStore {
  get(key: string): CacheEntry | undefined | Promise<CacheEntry | undefined>;
  set(key: string, entry: CacheEntry): void | Promise<void>;
  delete(key: string): void | Promise<void>;
}

/** A store in memory: survives clients, not the process. Useful in Node and in tests. */
export function memoryStore(): CacheStore & { readonly size: number } {
  const entries = new Map<string, CacheEntry>();
  return {
    get: (key) => entries.get(key),
    set: (key, entry) => void entries.set(key, entry),
    delete: (key) => void entries.delete(key),
    get size() {
      return entries.size;
    },
  };
}
