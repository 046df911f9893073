import { AbortError, ConnectionError, HttpError, TimeoutError, ValidationError } from './errors.js';
import type { RequestOptions, ResolvedOptions } from './options.js';

/**
 * GETs a URL and parses its JSON, turning every way it can fail into a typed error.
 * The caller's signal and the timeout both abort the underlying fetch.
 */
export async function getJson(url: string, options: ResolvedOptions, request: RequestOptions = {}): Promise<unknown> {
  const timeoutMs = request.timeout ?? options.timeout;
  const timeout = AbortSignal.timeout(timeoutMs);
  const signal = request.signal ? AbortSignal.any([request.signal, timeout]) : timeout;
  let response: Response;
  try {
    response = await options.fetch(url, { signal, headers: { accept: 'application/json' } });
  } catch (error) {
    throw classify(error, url, timeoutMs, request.signal, timeout);
  }
  if (!response.ok) throw new HttpError(response.status, url);
  let text: string;
  try {
    text = await response.text();
  } catch (error) {
    throw classify(error, url, timeoutMs, request.signal, timeout);
  }
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw new ValidationError(`The feed sent malformed JSON at ${url}`, url, [{ path: '', message: 'is not valid JSON' }]);
  }
}

function classify(error: unknown, url: string, timeoutMs: number, caller: AbortSignal | undefined, timeout: AbortSignal): Error {
  if (caller?.aborted) return new AbortError(url, caller.reason);
  if (timeout.aborted) return new TimeoutError(url, timeoutMs);
  return new ConnectionError(url, error);
}
