import { AbortError, ConnectionError, HttpError, TimeoutError, ValidationError } from './errors.js';
import type { Clock } from './options.js';
import { parseRetryAfter } from './retry.js';

/** What one exchange brought back. `text` is absent for a 304. */
export interface Answer {
  status: number;
  headers: Headers;
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
    caller?.aborted ? new AbortError(url, caller.reason) : timeout.aborted ? new TimeoutError(url, ms) : new ConnectionError(url, error, options.what);
  try {
    const response = await options.fetch(url, { signal, headers: options.headers ?? { accept: 'application/json' } });
    if (response.status === 304) return { status: 304, headers: response.headers };
    if (!response.ok) {
      void response.body?.cancel().catch(() => {});
      throw new HttpError(response.status, url, parseRetryAfter(response.headers.get('retry-after'), options.clock.now()));
    }
    return { status: response.status, headers: response.headers, text: await response.text() };
  } catch (error) {
    throw error instanceof HttpError ? error : fail(error);
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
