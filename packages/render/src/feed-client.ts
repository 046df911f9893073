import { readFile } from 'node:fs/promises';
import { isAbsolute, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { createClient, type ClientOptions, type LutonClient } from '@luton2040/sdk';

/**
 * The feed's address as a URL: http(s) and file URLs as they are, anything else as a path on disk
 * (relative to the working directory), so that a freshly built feed can be rendered before it is published.
 */
export function feedUrlOf(feed: string): string {
  if (/^(https?|file):/i.test(feed)) return feed;
  return pathToFileURL(isAbsolute(feed) ? feed : resolve(feed)).href;
}

/** A `fetch` that also reads `file:` URLs, which Node's own `fetch` refuses. */
export const fileAwareFetch: typeof fetch = async (input, init) => {
  const url = input instanceof Request ? input.url : String(input);
  if (!url.startsWith('file:')) return fetch(input, init);
  try {
    return new Response(await readFile(new URL(url)), { status: 200, headers: { 'content-type': 'application/json' } });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return new Response('Not found', { status: 404 });
    throw error;
  }
};

/** An SDK client for a feed at an http(s) address or on disk. */
export function feedClient(feed: string, options: ClientOptions = {}): LutonClient {
  return createClient({ fetch: fileAwareFetch, ...options, feedUrl: feedUrlOf(feed) });
}
