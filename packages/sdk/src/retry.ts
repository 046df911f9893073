import { ConnectionError, HttpError, TimeoutError } from './errors.js';
import type { Clock, RetryOptions } from './options.js';

/**
 * Milliseconds before the next attempt, or `undefined` when the error must not be retried.
 * Only transient failures are retried (408, 429, 5xx, a lost connection, an attempt that timed
 * out); every request the SDK makes is an idempotent GET. A server's `Retry-After` is honoured up
 * to `maxRetryAfter`: asked to wait longer, the client gives up at once rather than hang a widget.
 */
export function retryDelay(error: unknown, retries: number, policy: Required<RetryOptions>, clock: Clock): number | undefined {
  if (retries >= policy.limit) return undefined;
  const transient =
    error instanceof ConnectionError ||
    error instanceof TimeoutError ||
    (error instanceof HttpError && (error.status === 408 || error.status === 429 || error.status >= 500));
  if (!transient) return undefined;
  if (error instanceof HttpError && error.retryAfter !== undefined) {
    return error.retryAfter <= policy.maxRetryAfter ? error.retryAfter : undefined;
  }
  // Exponential backoff with "equal jitter": half the delay is fixed, half random, so that many
  // clients failing together do not come back together.
  const ceiling = Math.min(policy.maxDelay, policy.delay * 2 ** retries);
  return ceiling / 2 + (clock.random() * ceiling) / 2;
}

/** `Retry-After` in ms: delta-seconds or an HTTP date; `undefined` when absent or unreadable. */
export function parseRetryAfter(header: string | null, now: number): number | undefined {
  if (!header) return undefined;
  const ms = /^\d+$/.test(header.trim()) ? Number(header) * 1000 : Date.parse(header) - now;
  return Number.isNaN(ms) ? undefined : Math.max(0, ms);
}
