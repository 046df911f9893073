import type { CacheEntry } from './cache/store.js';
import { AbortError, HttpError, IntegrityError, LutonError, TimeoutError } from './errors.js';
import { cachePolicy, conditionalHeaders, freshness } from './http-cache.js';
import { checkIntegrity } from './integrity.js';
import type { ResolvedOptions } from './options.js';
import { retryDelay } from './retry.js';
import { parseJson, send } from './transport.js';

/** A parsed body as the cache serves it, with how much it can be trusted. */
export interface Loaded<T> {
  value: T;
  /** True when served past its lifetime: while revalidating, or because the feed could not be reached. */
  stale: boolean;
  /** When the feed last confirmed the body. */
  fetchedAt: number;
  /** The address the body came from, after redirects. */
  url: string;
  /** Why a stale copy was served instead of a fresh one. */
  error?: LutonError;
}

/** When a read must be over, whatever it waits for: a real-time bound, unlike the (testable) clock. */
export interface Deadline {
  /** The deadline's length, in ms (for the error). */
  ms: number;
  /** `performance.now()` when it passes. */
  at: number;
  /** Aborts when it passes. */
  signal: AbortSignal;
}

/** A deadline `ms` from now (at most the longest a timer can wait, about 24 days). */
export function deadlineIn(ms: number): Deadline {
  const wait = Math.min(Math.ceil(ms), 2 ** 31 - 1);
  return { ms, at: performance.now() + wait, signal: AbortSignal.timeout(wait) };
}

export interface LoadOptions<T> {
  /**
   * Turns the JSON body into the value callers get; throws (`ValidationError`) when it is not what
   * the feed promises. A body that fails is never kept, so a bad deploy cannot evict good data.
   * Runs once per body, however many callers share it.
   */
  parse: (body: unknown) => T | Promise<T>;
  signal?: AbortSignal | undefined;
  timeout?: number | undefined;
  /** When the caller stops waiting (then `TimeoutError`, or the kept copy marked stale). */
  deadline: Deadline;
  /** The URL names its content (a hash): once kept, it never needs asking for again. */
  immutable?: boolean;
  /** The SHA-256 (hex) the body's bytes must have: anything else is an `IntegrityError`. */
  sha256?: string;
  /** Ask the feed even if the kept copy is fresh (polling the manifest). */
  revalidate?: boolean;
}

/** A request that several callers wait for; it is aborted only when every one of them has given up. */
interface Shared {
  promise: Promise<CacheEntry>;
  controller: AbortController;
  waiting: number;
}

/**
 * The HTTP layer of a client: one kept copy and at most one request in flight per URL. Callers get
 * the kept copy while it is fresh, the kept copy plus a background revalidation while it is within
 * stale-while-revalidate, and otherwise wait for the network; when the network fails they get the
 * last good copy, marked stale, rather than an error.
 */
export class Loader {
  readonly #memory = new Map<string, CacheEntry>();
  readonly #inflight = new Map<string, Shared>();
  readonly #values = new WeakMap<object, Promise<unknown>>();

  constructor(private readonly options: ResolvedOptions) {}

  async load<T>(url: string, request: LoadOptions<T>): Promise<Loaded<T>> {
    const { clock, store } = this.options;
    const { parse, sha256 } = request;
    // A copy is only as good as its hash: one kept under this address for other bytes is not used.
    const trusted = (kept: CacheEntry | undefined) => (kept && (sha256 === undefined || kept.sha256 === sha256) ? kept : undefined);
    let entry = trusted(this.#memory.get(url));
    if (!entry && store) {
      // A kept copy from an earlier visit is checked like a network answer: the schema may have changed since.
      entry = await Promise.resolve()
        .then(() => store.get(url))
        .then(async (kept) => (kept = trusted(kept)) && (await this.#value(kept, parse), kept))
        .catch(() => undefined);
      if (entry) this.#memory.set(url, entry);
    }
    const served = (kept: CacheEntry, stale: boolean) => ({ stale, fetchedAt: kept.storedAt, url: kept.url ?? url });
    if (entry && !request.revalidate) {
      const state = request.immutable ? 'fresh' : freshness(entry, clock.now());
      if (state !== 'expired') {
        if (state === 'stale') this.#join(url, entry, { ...request, signal: undefined, deadline: deadlineIn(this.options.deadline) }).catch(() => {});
        return { value: await this.#value(entry, parse), ...served(entry, state === 'stale') };
      }
    }
    try {
      const fresh = await this.#join(url, entry, request);
      return { value: await this.#value(fresh, parse), ...served(fresh, false) };
    } catch (error) {
      if (!entry || error instanceof AbortError) throw error;
      return { value: await this.#value(entry, parse), ...served(entry, true), error: error as LutonError };
    }
  }

  /** Drops a kept copy (an old snapshot file nothing points to any more). */
  forget(url: string): void {
    this.#memory.delete(url);
    void Promise.resolve()
      .then(() => this.options.store?.delete(url))
      .catch(() => {});
  }

  #value<T>(entry: CacheEntry, parse: (body: unknown) => T | Promise<T>): Promise<T> {
    const { body } = entry;
    if (body === null || typeof body !== 'object') return Promise.resolve().then(() => parse(body));
    let value = this.#values.get(body) as Promise<T> | undefined;
    if (!value) this.#values.set(body, (value = Promise.resolve().then(() => parse(body))));
    return value;
  }

  #join<T>(url: string, entry: CacheEntry | undefined, request: LoadOptions<T>): Promise<CacheEntry> {
    let shared = this.#inflight.get(url);
    if (!shared) {
      const controller = new AbortController();
      const promise = this.#fetch(url, entry, request, controller.signal).finally(() => this.#inflight.delete(url));
      // Every caller hears the outcome through its own promise below; one that left before it could
      // listen (its signal already aborted) must not leave this shared one rejected with no listener.
      promise.catch(() => {});
      shared = { promise, controller, waiting: 0 };
      this.#inflight.set(url, shared);
    }
    // Each caller stops waiting at its own deadline or abort; the request goes on while anyone waits.
    const { signal, deadline } = request;
    const current = shared;
    current.waiting++;
    return new Promise<CacheEntry>((resolve, reject) => {
      const stops = signal ? [signal, deadline.signal] : [deadline.signal];
      const cleanup = () => stops.forEach((s) => s.removeEventListener('abort', leave));
      function leave() {
        cleanup();
        const error = signal?.aborted ? new AbortError(url, signal.reason) : new TimeoutError(url, deadline.ms, 'deadline');
        reject(error);
        if (--current.waiting === 0) current.controller.abort(error);
      }
      if (stops.some((s) => s.aborted)) return leave();
      stops.forEach((s) => s.addEventListener('abort', leave, { once: true }));
      current.promise.then(resolve, reject).finally(cleanup);
    });
  }

  async #fetch<T>(url: string, entry: CacheEntry | undefined, request: LoadOptions<T>, signal: AbortSignal): Promise<CacheEntry> {
    const { fetch, clock, retry, store, maxAge, staleWhileRevalidate: swr, maxBytes, maxRedirects } = this.options;
    const { deadline, sha256 } = request;
    const timeout = request.timeout ?? this.options.timeout;
    let reload = false;
    for (let retries = 0; ; retries++) {
      try {
        const left = deadline.at - performance.now();
        if (left <= 0) throw new TimeoutError(url, deadline.ms, 'deadline');
        const answer = await send(url, {
          fetch,
          timeout: Math.min(timeout, Math.ceil(left)),
          clock,
          signal,
          headers: conditionalHeaders(entry),
          maxBytes,
          maxRedirects,
          reload,
          ...(left < timeout ? { deadline: deadline.ms } : {}),
        });
        if (answer.text === undefined && !entry) throw new HttpError(304, url);
        if (sha256 !== undefined && answer.bytes) await checkIntegrity(answer.bytes, sha256, url);
        const policy = cachePolicy(answer.headers.get('cache-control'), { maxAge, swr });
        const renewed = answer.text === undefined; // a 304 confirms the copy we asked about: only its lifetime is renewed
        const etag = answer.headers.get('etag') ?? (renewed ? entry?.etag : undefined);
        const lastModified = answer.headers.get('last-modified') ?? (renewed ? entry?.lastModified : undefined);
        const next: CacheEntry = {
          body: renewed ? entry?.body : parseJson(answer.text!, url),
          ...(etag ? { etag } : {}),
          ...(lastModified ? { lastModified } : {}),
          storedAt: clock.now(),
          maxAge: policy.maxAge,
          swr: policy.swr,
          ...(answer.url !== url ? { url: answer.url } : renewed && entry?.url ? { url: entry.url } : {}),
          ...(sha256 !== undefined ? { sha256 } : {}),
        };
        await this.#value(next, request.parse);
        if (policy.store) {
          this.#memory.set(url, next);
          void Promise.resolve()
            .then(() => store?.set(url, next))
            .catch(() => {});
        }
        return next;
      } catch (error) {
        if (signal.aborted) throw error;
        // A file that fails its hash is asked for once more, past any cache on the way, then refused.
        if (error instanceof IntegrityError && !reload) {
          reload = true;
          continue;
        }
        const delay = retryDelay(error, retries, retry, clock);
        // No retry that could not end before the deadline: the caller hears now instead.
        if (delay === undefined || performance.now() + delay >= deadline.at) throw error;
        await clock.sleep(delay, signal).catch(() => {
          throw new AbortError(url, signal.reason);
        });
      }
    }
  }
}
