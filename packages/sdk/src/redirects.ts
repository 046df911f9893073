import { RedirectError } from './errors.js';

/**
 * A GET that follows at most `max` redirects itself, so that a loop costs one typed error instead
 * of fetch's twenty hops on every retry. Where fetch will not show a redirect's target (browsers
 * answer `redirect: "manual"` with an opaque response), the browser is left to follow it, and a
 * failure then is the redirect's: reported as a `RedirectError`, which is never retried.
 */
export async function fetchFollowing(fetch: typeof globalThis.fetch, url: string, init: RequestInit, max: number): Promise<Response> {
  const chain: string[] = [];
  let current = url;
  for (;;) {
    const response = await fetch(current, { ...init, redirect: 'manual' });
    if (response.type === 'opaqueredirect') {
      try {
        return await fetch(current, { ...init, redirect: 'follow' });
      } catch (error) {
        if (init.signal?.aborted) throw error;
        throw new RedirectError(url, chain, 'the browser could not follow them (a loop, too many, or an unreachable target)');
      }
    }
    const location = response.status > 300 && response.status < 400 && response.status !== 304 ? response.headers.get('location') : null;
    if (location === null) return response;
    void response.body?.cancel().catch(() => {});
    const next = new URL(location, current);
    chain.push(next.href);
    const fail = (reason: string) => new RedirectError(url, chain, reason);
    if (next.protocol !== 'https:' && next.protocol !== 'http:') throw fail(`a redirect to a ${next.protocol} address is not followed`);
    if (next.href === url || chain.indexOf(next.href) < chain.length - 1) throw fail(`a loop back to ${next.href}`);
    if (chain.length > max) throw fail(`more than ${max} redirects`);
    current = next.href;
  }
}
