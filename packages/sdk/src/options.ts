import type { ValidationProblem } from '@luton2040/schema';

/** The feed the partnership publishes; used when no other is configured. */
export const DEFAULT_FEED_URL = 'https://cdn.jsdelivr.net/npm/@luton2040/data@0/dist/feed/index.json';

/** A record that failed validation and was left out of a resource (the rest is still returned). */
export interface DroppedRecord {
  resource: string;
  /** Position of the record in the resource file. */
  index: number;
  /** The record's `id`, when it had a readable one. */
  id?: string;
  problems: readonly ValidationProblem[];
}

/** Everything `createClient` accepts; every field is optional. */
export interface ClientOptions {
  /** Address of the feed's `index.json` manifest. Default: {@link DEFAULT_FEED_URL}. */
  feedUrl?: string;
  /** The `fetch` to use (tests, proxies, Node without a global fetch). Default: `globalThis.fetch`. */
  fetch?: typeof fetch;
  /** Milliseconds before a request fails with `TimeoutError`. Default: 10 000. */
  timeout?: number;
  /** Milliseconds the manifest is trusted before it is asked for again. Default: 60 000. */
  manifestMaxAge?: number;
  /** Called for every record dropped because it failed validation. Default: `console.warn`. */
  onDroppedRecord?: (dropped: DroppedRecord) => void;
  /** The clock, in milliseconds (tests). Default: `Date.now`. */
  now?: () => number;
}

/** Options every call takes. */
export interface RequestOptions {
  /** Aborts the call (e.g. when the element that asked is removed from the page). */
  signal?: AbortSignal;
  /** Overrides the client's timeout for this call. */
  timeout?: number;
}

export type ResolvedOptions = Required<ClientOptions>;

export function resolveOptions(options: ClientOptions): ResolvedOptions {
  return {
    feedUrl: options.feedUrl ?? DEFAULT_FEED_URL,
    fetch: options.fetch ?? ((...args) => globalThis.fetch(...args)),
    timeout: options.timeout ?? 10_000,
    manifestMaxAge: options.manifestMaxAge ?? 60_000,
    onDroppedRecord:
      options.onDroppedRecord ??
      ((d) => console.warn(`[luton2040] dropped ${d.resource} record ${d.id ?? `#${d.index}`}:`, d.problems)),
    now: options.now ?? Date.now,
  };
}
