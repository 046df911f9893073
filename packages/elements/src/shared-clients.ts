import { createClient, DEFAULT_FEED_URL, type LutonClient } from '@luton2040/sdk';

// One client per feed address (and registry key) for the whole page, so that fifty tiles pointing
// at the same feed share one cache and one request per resource.
const clients = new Map<string, LutonClient>();

/**
 * The page-wide client for a feed address (relative addresses resolve against the page), with the
 * pledge registry's public key when one is configured.
 */
export function sharedClient(src: string = DEFAULT_FEED_URL, registryKey?: string): LutonClient {
  const feedUrl = new URL(src, document.baseURI).href;
  const id = `${feedUrl} ${registryKey ?? ''}`;
  let client = clients.get(id);
  if (!client) {
    client = createClient({ feedUrl, ...(registryKey ? { registryPublicKey: registryKey } : {}) });
    clients.set(id, client);
  }
  return client;
}
