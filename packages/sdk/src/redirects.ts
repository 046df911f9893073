import { LutonError } from './errors.js';

// Loaded only when an answer is a redirect: most feeds never redirect, and a page of KPI tiles
// should not download the code for it.

/** A redirect loop, more redirects than allowed, or a redirect the browser would not follow. Not retried. */
export class RedirectError extends LutonError {
  override name = 'RedirectError';
  constructor(
    url: string,
    /** The addresses redirected to, in order, where they could be seen (a browser hides them). */
    readonly chain: readonly string[],
    reason: string,
  ) {
    super(`Redirects from ${url} failed: ${reason}`, url);
  }
}

/** Whether an answer to a `redirect: "manual"` request is a redirect to follow. */
export const isRedirect = (response: Response) =>
  response.type === 'opaqueredirect' || (response.status > 300 && response.status < 400 && response.status !== 304 && response.headers.has('location'));

/**
 * Follows the redirect `response` started, at most `max` in all, so that a loop costs one typed
 * error instead of fetch's twenty hops on every retry. Where fetch will not show a redirect's
 * target (browsers answer `redirect: "manual"` with an opaque response), the browser is left to
 * follow it, and a failure then is the redirect's: a `RedirectError`, which is never retried.
 */
export async function followRedirects(fetch: typeof globalThis.fetch, url: string, init: RequestInit, response: Response, max: number): Promise<Response> {
  const chain: string[] = [];
  let current = url;
  while (isRedirect(response)) {
    if (response.type === 'opaqueredirect') {
      try {
        return await fetch(current, { ...init, redirect: 'follow' });
      } catch (error) {
        if (init.signal?.aborted) throw error;
        throw new RedirectError(url, chain, 'the browser could not follow them (a loop, too many, or an unreachable target)');
      }
    }
    void response.body?.cancel().catch(() => {});
    const next = new URL(response.headers.get('location')!, current);
    chain.push(next.href);
    const fail = (reason: string) => new RedirectError(url, chain, reason);
    if (!/^https?:$/.test(next.protocol)) throw fail(`a redirect to a ${next.protocol} address is not followed`);
    if (next.href === url || chain.indexOf(next.href) < chain.length - 1) throw fail(`a loop back to ${next.href}`);
    if (chain.length > max) throw fail(`more than ${max} redirects`);
    current = next.href;
    response = await fetch(current, { ...init, redirect: 'manual' });
  }
  return response;
}
