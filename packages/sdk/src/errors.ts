import type { ValidationProblem } from '@luton2040/schema';

/** Base class of every error the SDK throws, so callers can catch them all with one `instanceof`. */
export class LutonError extends Error {
  override name = 'LutonError';
  /** The address the failing request was for, when there was one. */
  readonly url: string | undefined;
  constructor(message: string, url?: string, options?: ErrorOptions) {
    super(message, options);
    this.url = url;
  }
}

/** The server answered with an error status. */
export class HttpError extends LutonError {
  override name = 'HttpError';
  constructor(
    /** The HTTP status, e.g. 404 or 503. */
    readonly status: number,
    url: string,
    /** Milliseconds the server asked to wait (`Retry-After`), when it said. */
    readonly retryAfter?: number,
  ) {
    super(`The feed answered HTTP ${status} for ${url}`, url);
  }
}

/** The request never got an answer: offline, DNS failure, connection reset, CORS refusal. */
export class ConnectionError extends LutonError {
  override name = 'ConnectionError';
  constructor(url: string, cause: unknown, what = 'the feed') {
    super(`Could not reach ${what} at ${url}${cause instanceof Error ? ` (${cause.message})` : ''}`, url, { cause });
  }
}

/** No answer within the timeout of an attempt, or within the deadline of the whole read. */
export class TimeoutError extends LutonError {
  override name = 'TimeoutError';
  constructor(
    url: string,
    /** The timeout that ran out, in ms. */
    readonly timeoutMs: number,
    /** `attempt`: one request took too long (it may have been retried); `deadline`: the read as a whole, retries included. */
    readonly scope: 'attempt' | 'deadline' = 'attempt',
  ) {
    super(`No answer within ${timeoutMs} ms from ${url}${scope === 'deadline' ? ' (deadline, retries included)' : ''}`, url);
  }
}

/**
 * A file's bytes are not the ones the manifest names by their SHA-256: altered, truncated, or mixed
 * up by a cache on the way. Asked for once more, then never shown.
 */
export class IntegrityError extends LutonError {
  override name = 'IntegrityError';
  constructor(
    url: string,
    /** The SHA-256 the manifest gives, hex. */
    readonly expected: string,
    /** The SHA-256 of the bytes received, hex. */
    readonly actual: string,
  ) {
    super(`${url} does not have the SHA-256 the manifest gives`, url);
  }
}

/** The answer is larger than the client's `maxBytes`; reading stopped there. Not retried. */
export class TooLargeError extends LutonError {
  override name = 'TooLargeError';
  constructor(
    url: string,
    /** The limit, in bytes. */
    readonly maxBytes: number,
  ) {
    super(`${url} is over ${maxBytes} bytes`, url);
  }
}

/** The caller aborted the request through its `signal`. */
export class AbortError extends LutonError {
  override name = 'AbortError';
  constructor(url: string, reason?: unknown) {
    super(`The request for ${url} was aborted`, url, { cause: reason });
  }
}

/** The answer was not what the feed's schema allows (malformed JSON, or the wrong shape). */
export class ValidationError extends LutonError {
  override name = 'ValidationError';
  constructor(
    message: string,
    url: string,
    /** What is wrong, one problem per failed check, with the path to the field. */
    readonly problems: readonly ValidationProblem[],
  ) {
    super(message, url);
  }
}

/** The resource holds no record with the id asked for. */
export class NotFoundError extends LutonError {
  override name = 'NotFoundError';
  constructor(
    /** The resource that was searched, e.g. `kpis`. */
    readonly resource: string,
    /** The id that was not found. */
    readonly id: string,
  ) {
    super(`No ${resource} record with id "${id}" in the feed`);
  }
}
