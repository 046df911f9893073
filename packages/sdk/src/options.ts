import type { ValidationProblem } from '@luton2040/schema';
import type { CacheStore } from './cache/store.js';
import type { RegistryKey } from './verify.js';

/** The feed the partnership publishes; used when no other is configured. */
export const DEFAULT_FEED_URL = 'https://cdn.jsdelivr.net/npm/@luton2040/data@0/dist/feed/index.json';

/** A record that failed validation and was left out of a resource (the rest is still returned). */
export interface DroppedRecord {
  resource: string;
  /** Position of the record in the resource file. */
  index: number;
  /** The record's `id`, when it had a readable one. */
  id?: string;
  /** The organisation the record names (`organisation.id` of a pledge), when that much is readable. */
  organisation?: string;
  problems: readonly ValidationProblem[];
}

/** Time as the client sees it. Tests pass a fake one so that backoff and polling need no real waiting. */
export interface Clock {
  /** Milliseconds since the epoch. Default: `Date.now`. */
  now(): number;
  /** Resolves after `ms`; rejects with the signal's reason when it aborts first. Default: `setTimeout`. */
  sleep(ms: number, signal?: AbortSignal): Promise<void>;
  /** A number in [0, 1) for backoff jitter. Default: `Math.random`. */
  random(): number;
}

/** When and how often a failed request is tried again. Only idempotent GETs are ever retried. */
export interface RetryOptions {
  /** Retries after the first attempt. Default: 2. */
  limit?: number;
  /** First backoff delay in ms, doubled on each retry, with jitter. Default: 300. */
  delay?: number;
  /** Longest backoff delay in ms. Default: 10 000. */
  maxDelay?: number;
  /** Longest `Retry-After` the client waits for; a longer one fails at once. Default: 60 000. */
  maxRetryAfter?: number;
}

/** How answers are kept. */
export interface CacheOptions {
  /** Lifetime in ms of an answer whose `Cache-Control` gives none (the manifest). Default: 60 000. */
  maxAge?: number;
  /**
   * How long in ms past its lifetime an answer is still served at once while a fresh copy is fetched
   * in the background, when `Cache-Control` gives no `stale-while-revalidate`. Default: 86 400 000 (a day).
   */
  staleWhileRevalidate?: number;
  /**
   * Where answers outlive the page (e.g. {@link localStorageStore}), so that a returning visitor sees
   * data at once and offline. Default: none (memory only).
   */
  store?: CacheStore;
}

/** Everything `createClient` accepts; every field is optional. */
export interface ClientOptions {
  /** Address of the feed's `index.json` manifest. Default: {@link DEFAULT_FEED_URL}. */
  feedUrl?: string;
  /** The `fetch` to use (tests, proxies, Node without a global fetch). Default: `globalThis.fetch`. */
  fetch?: typeof fetch;
  /** Milliseconds each attempt may take, body included, before it fails with `TimeoutError`. Default: 10 000. */
  timeout?: number;
  /**
   * Milliseconds a whole read may take, retries and the manifest included; then it fails with a
   * `TimeoutError` whose `scope` is `deadline`, or serves the last good copy marked stale.
   * Default: 10 000, or `timeout` when that is longer (so that one attempt always gets its full timeout).
   */
  deadline?: number;
  /** Largest body, in bytes, the client reads; a larger one fails with `TooLargeError` and reading stops. Default: 5 MB. */
  maxBytes?: number;
  /** Redirects followed per request; more, or a loop, fail with `RedirectError`. Default: 5. */
  maxRedirects?: number;
  /** Retry policy, or `false` for none. */
  retry?: RetryOptions | false;
  /** Cache policy and optional persistent store. */
  cache?: CacheOptions;
  /** The clock (tests). */
  clock?: Partial<Clock>;
  /** Called for every record dropped because it failed validation. Default: `console.warn`. */
  onDroppedRecord?: (dropped: DroppedRecord) => void;
  /**
   * Public key(s) of the pledge registry, as a JWK or raw base64url Ed25519 key; needed to verify
   * signed pledges (`pledges.get`). A JWK's `kid` is matched against a pledge's `keyId`.
   */
  registryPublicKey?: RegistryKey | readonly RegistryKey[];
}

/** Options every call takes. */
export interface RequestOptions {
  /** Aborts the call (e.g. when the element that asked is removed from the page). */
  signal?: AbortSignal;
  /** Overrides the client's per-attempt timeout for requests this call starts. */
  timeout?: number;
  /** Overrides the client's deadline for this call (ms, retries included). */
  deadline?: number;
}

/** Options with every default filled in; internal. */
export interface ResolvedOptions {
  feedUrl: string;
  fetch: typeof fetch;
  timeout: number;
  deadline: number;
  maxBytes: number;
  maxRedirects: number;
  retry: Required<RetryOptions>;
  maxAge: number;
  staleWhileRevalidate: number;
  store: CacheStore | undefined;
  clock: Clock;
  onDroppedRecord: (dropped: DroppedRecord) => void;
  registryPublicKey: readonly RegistryKey[];
}

/** `setTimeout` as a promise. Its abort listener goes when the time is up: a poller sleeps on one signal for days. */
export const defaultSleep = (ms: number, signal?: AbortSignal) =>
  new Promise<void>((resolve, reject) => {
    if (signal?.aborted) return reject(signal.reason);
    const abort = () => (clearTimeout(timer), reject(signal!.reason));
    const timer = setTimeout(() => (signal?.removeEventListener('abort', abort), resolve()), ms);
    signal?.addEventListener('abort', abort, { once: true });
  });

export function resolveOptions(options: ClientOptions): ResolvedOptions {
  const { retry, cache = {}, registryPublicKey: key, timeout = 10_000 } = options;
  return {
    feedUrl: options.feedUrl ?? DEFAULT_FEED_URL,
    fetch: options.fetch ?? ((...args) => globalThis.fetch(...args)),
    timeout,
    deadline: options.deadline ?? Math.max(10_000, timeout),
    maxBytes: options.maxBytes ?? 5 * 1024 * 1024,
    maxRedirects: options.maxRedirects ?? 5,
    retry: { limit: 2, delay: 300, maxDelay: 10_000, maxRetryAfter: 60_000, ...(retry === false ? { limit: 0 } : retry) },
    maxAge: cache.maxAge ?? 60_000,
    staleWhileRevalidate: cache.staleWhileRevalidate ?? 86_400_000,
    store: cache.store,
    clock: { now: Date.now, sleep: defaultSleep, random: Math.random, ...options.clock },
    onDroppedRecord:
      options.onDroppedRecord ??
      ((d) => console.warn(`[luton2040] dropped ${d.resource} record ${d.id ?? `#${d.index}`}:`, d.problems)),
    registryPublicKey: key === undefined ? [] : Array.isArray(key) ? key : [key as RegistryKey],
  };
}
