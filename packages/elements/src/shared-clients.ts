import { createClient, DEFAULT_FEED_URL, type LutonClient } from '@luton2040/sdk';

// One client per feed address for the whole page, so that fifty tiles pointing at the same feed
// share one cache and one request per resource.
const clients = new Map<string, LutonClient>();

/** The page-wide client for a feed address (relative addresses resolve against the page). */
export function sharedClient(src: string = DEFAULT_FEED_URL): LutonClient {
  const feedUrl = new URL(src, document.baseURI).href;
  let client = clients.get(feedUrl);
  if (!client) {
    client = createClient({ feedUrl });
    clients.set(feedUrl, client);
  }
  return client;
}
