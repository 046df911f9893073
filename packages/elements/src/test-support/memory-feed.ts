import { createClient, type ClientOptions, type LutonClient } from '@luton2040/sdk';

/** SHA-256 of UTF-8 text, hex, as the publisher names each file in its manifest. */
async function sha256(text: string): Promise<string> {
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text)));
  return Array.from(digest, (b) => b.toString(16).padStart(2, '0')).join('');
}

/**
 * A client whose feed lives in memory: tests and stories give it resources (synthetic test data)
 * and get a real SDK client, with validation and integrity checks, without a server. Each resource
 * is served as a resource file behind a manifest giving its SHA-256, exactly as the publisher writes them.
 */
export function memoryClient(resources: Record<string, unknown[]>, options: ClientOptions = {}): LutonClient {
  const base = 'https://feed.test.invalid/';
  const files = new Map<string, string>();
  // Hashing is asynchronous: the manifest is made on its first request.
  const manifest = (async () => {
    const entries: Record<string, { url: string; sha256: string; count: number }> = {};
    for (const [name, items] of Object.entries(resources)) {
      const url = `${name}.json`;
      const text = JSON.stringify({ resource: name, items });
      files.set(base + url, text);
      entries[name] = { url, sha256: await sha256(text), count: items.length };
    }
    return JSON.stringify({ schemaVersion: 1, version: 'test', dataDate: '2026-01-01', sample: true, resources: entries });
  })();
  const fetch = async (input: RequestInfo | URL) => {
    const url = String(input instanceof Request ? input.url : input);
    const body = url === `${base}index.json` ? await manifest : files.get(url);
    return body === undefined ? new Response('not found', { status: 404 }) : new Response(body, { headers: { 'content-type': 'application/json' } });
  };
  return createClient({ feedUrl: `${base}index.json`, fetch: fetch as typeof globalThis.fetch, retry: false, ...options });
}
