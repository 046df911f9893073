import { send } from '../transport.js';

/** Network settings of an adapter run. */
export interface AdapterFetchOptions {
  /** The `fetch` to use. Default: `globalThis.fetch`. */
  fetch?: typeof fetch;
  /** Per request, in ms. Default: 30 000. */
  timeout?: number;
  signal?: AbortSignal;
}

/**
 * GETs a source document (CSV, HTML, JSON) for an adapter. Failures are the SDK's typed errors and
 * name the source: offline, it is a `ConnectionError` saying which address could not be reached.
 */
export async function fetchSourceText(url: string, what: string, options: AdapterFetchOptions, accept: string): Promise<string> {
  const answer = await send(url, {
    fetch: options.fetch ?? ((...args) => globalThis.fetch(...args)),
    timeout: options.timeout ?? 30_000,
    clock: { now: Date.now, sleep: async () => {}, random: Math.random },
    signal: options.signal,
    headers: { accept },
    what,
  });
  return answer.text ?? '';
}
