import { createClient, type ClientOptions, type LutonClient } from '@luton2040/sdk';

/**
 * A client whose feed lives in memory: tests and stories give it resources (synthetic test data)
 * and get a real SDK client, with validation, without a server. Each resource is served as a
 * resource file behind a manifest, exactly as the publisher writes them.
 */
export function memoryClient(resources: Record<string, unknown[]>, options: ClientOptions = {}): LutonClient {
  const base = 'https://feed.test.invalid/';
  const files = new Map<string, unknown>();
  const entries: Record<string, { url: string; sha256: string; count: number }> = {};
  Object.entries(resources).forEach(([name, items], i) => {
    const url = `${name}.json`;
    files.set(base + url, { resource: name, items });
    entries[name] = { url, sha256: String(i).padStart(64, '0'), count: items.length };
  });
  files.set(`${base}index.json`, { schemaVersion: 1, version: 'test', dataDate: '2026-01-01', sample: true, resources: entries });
  const fetch = async (input: RequestInfo | URL) => {
    const url = String(input instanceof Request ? input.url : input);
    const body = files.get(url);
    return body === undefined ? new Response('not found', { status: 404 }) : Response.json(body);
  };
  return createClient({ feedUrl: `${base}index.json`, fetch: fetch as typeof globalThis.fetch, retry: false, ...options });
}
