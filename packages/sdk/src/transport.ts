import { AbortError, ConnectionError, HttpError, LutonError, TimeoutError, ValidationError } from './errors.js';
import type { Clock } from './options.js';
import { readBody } from './read-body.js';
import { parseRetryAfter } from './retry.js';

/** What one exchange brought back. `text` and `bytes` are absent for a 304. */
export interface Answer {
  status: number;
  headers: Headers;
  /** The address that answered, after redirects. */
  url: string;
  /** The body as sent (for integrity checks). */
  bytes?: Uint8Array<ArrayBuffer>;
  /** The body decoded as UTF-8. */
  text?: string;
}

export interface SendOptions {
  fetch: typeof fetch;
  timeout: number;
  clock: Clock;
  signal?: AbortSignal | undefined;
  headers?: Record<string, string>;
  /** Names the server in connection errors, e.g. "NOMIS". Default: "the feed". */
  what?: string;
  /** Largest body read, in bytes. Default: no limit. */
  maxBytes?: number;
  /** Redirects followed. Default: 5. */
  maxRedirects?: number;
  /** Set when `timeout` is what remains of a read's deadline of this many ms: running out is then the deadline's. */
  deadline?: number;
  /** Ask past any HTTP cache on the way (after a file failed its integrity check). */
  reload?: boolean;
}

/**
 * One GET, body included, turned into an answer or a typed error. The timeout covers reading the
 * body too: a server that sends headers and then stalls is as dead as one that never answers.
 */
export async function send(url: string, options: SendOptions): Promise<Answer> {
  const { signal: caller, timeout: ms } = options;
  const timeout = AbortSignal.timeout(ms);
  const signal = caller ? AbortSignal.any([caller, timeout]) : timeout;
  const fail = (error: unknown) =>
    caller?.aborted
      ? new AbortError(url, caller.reason)
      : timeout.aborted
        ? options.deadline === undefined
          ? new TimeoutError(url, ms)
          : new TimeoutError(url, options.deadline, 'deadline')
        : new ConnectionError(url, error, options.what);
  try {
    const init: RequestInit = { signal, headers: options.headers ?? { accept: 'application/json' }, ...(options.reload ? { cache: 'reload' } : {}) };
    // Redirects are followed by the SDK, a few at most (see redirects.ts, loaded only when one comes).
    let response = await options.fetch(url, { ...init, redirect: 'manual' });
    if (response.type === 'opaqueredirect' || (response.status > 300 && response.status < 400 && response.status !== 304)) {
      const { followRedirects } = await import('./redirects.js');
      response = await followRedirects(options.fetch, url, init, response, options.maxRedirects ?? 5);
    }
    const answered = response.url || url;
    if (response.status === 304) return { status: 304, headers: response.headers, url: answered };
    if (!response.ok) {
      void response.body?.cancel().catch(() => {});
      throw new HttpError(response.status, url, parseRetryAfter(response.headers.get('retry-after'), options.clock.now()));
    }
    const bytes = await readBody(response, options.maxBytes ?? Infinity, url);
    return { status: response.status, headers: response.headers, url: answered, bytes, text: new TextDecoder().decode(bytes) };
  } catch (error) {
    throw error instanceof LutonError ? error : fail(error);
  }
}

/** Parses JSON, failing with a `ValidationError` that says the body was not JSON at all. */
export function parseJson(text: string, url: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw new ValidationError(`The feed sent malformed JSON at ${url}`, url, [{ path: '', message: 'is not valid JSON' }]);
  }
}
