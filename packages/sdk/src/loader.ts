import type { CacheEntry } from './cache/store.js';
import { AbortError, HttpError, LutonError } from './errors.js';
import { cachePolicy, conditionalHeaders, freshness } from './http-cache.js';
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
  /** Why a stale copy was served instead of a fresh one. */
  error?: LutonError;
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
  /** The URL names its content (a hash): once kept, it never needs asking for again. */
  immutable?: boolean;
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
    const { parse } = request;
    let entry = this.#memory.get(url);
    if (!entry && store) {
      // A kept copy from an earlier visit is checked like a network answer: the schema may have changed since.
      entry = await Promise.resolve(store.get(url))
        .then(async (kept) => kept && (await this.#value(kept, parse), kept))
        .catch(() => undefined);
      if (entry) this.#memory.set(url, entry);
    }
    if (entry && !request.revalidate) {
      const state = request.immutable ? 'fresh' : freshness(entry, clock.now());
      if (state !== 'expired') {
        if (state === 'stale') this.#join(url, entry, { parse }).catch(() => {});
        return { value: await this.#value(entry, parse), stale: state === 'stale', fetchedAt: entry.storedAt };
      }
    }
    try {
      const fresh = await this.#join(url, entry, request);
      return { value: await this.#value(fresh, parse), stale: false, fetchedAt: fresh.storedAt };
    } catch (error) {
      if (!entry || error instanceof AbortError) throw error;
      return { value: await this.#value(entry, parse), stale: true, fetchedAt: entry.storedAt, error: error as LutonError };
    }
  }

  /** Drops a kept copy (an old snapshot file nothing points to any more). */
  forget(url: string): void {
    this.#memory.delete(url);
    void Promise.resolve(this.options.store?.delete(url)).catch(() => {});
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
      const promise = this.#fetch(url, entry, request, controller.signal).finally(() =>
        this.#inflight.delete(url),
      );
      shared = { promise, controller, waiting: 0 };
      this.#inflight.set(url, shared);
    }
    const { signal } = request;
    if (!signal) {
      shared.waiting = Infinity; // someone will always want the answer
      return shared.promise;
    }
    const current = shared;
    current.waiting++;
    return new Promise<CacheEntry>((resolve, reject) => {
      const abort = () => {
        reject(new AbortError(url, signal.reason));
        if (--current.waiting === 0) current.controller.abort(signal.reason);
      };
      if (signal.aborted) return abort();
      signal.addEventListener('abort', abort, { once: true });
      current.promise.then(resolve, reject).finally(() => signal.removeEventListener('abort', abort));
    });
  }

  async #fetch<T>(url: string, entry: CacheEntry | undefined, request: LoadOptions<T>, signal: AbortSignal): Promise<CacheEntry> {
    const { fetch, clock, retry, store, maxAge, staleWhileRevalidate: swr } = this.options;
    const timeout = request.timeout ?? this.options.timeout;
    for (let retries = 0; ; retries++) {
      try {
        const answer = await send(url, { fetch, timeout, clock, signal, headers: conditionalHeaders(entry) });
        if (answer.text === undefined && !entry) throw new HttpError(304, url);
        const policy = cachePolicy(answer.headers.get('cache-control'), { maxAge, swr });
        const etag = answer.headers.get('etag') ?? (answer.text === undefined ? entry?.etag : undefined);
        const lastModified = answer.headers.get('last-modified') ?? (answer.text === undefined ? entry?.lastModified : undefined);
        const next: CacheEntry = {
          // A 304 confirms the copy we asked about: only its lifetime is renewed.
          body: answer.text === undefined ? entry?.body : parseJson(answer.text, url),
          ...(etag ? { etag } : {}),
          ...(lastModified ? { lastModified } : {}),
          storedAt: clock.now(),
          maxAge: policy.maxAge,
          swr: policy.swr,
        };
        await this.#value(next, request.parse);
        if (policy.store) {
          this.#memory.set(url, next);
          void Promise.resolve(store?.set(url, next)).catch(() => {});
        }
        return next;
      } catch (error) {
        const delay = retryDelay(error, retries, retry, clock);
        if (delay === undefined || signal.aborted) throw error;
        await clock.sleep(delay, signal).catch(() => {
          throw new AbortError(url, signal.reason);
        });
      }
    }
  }
}
