// Test-server endpoint for the browser tests: `/__server-render?tag=luton-kpi&kpi=…` answers with the
// widget as @luton2040/render draws it for a page (declarative shadow DOM, preloaded data), read from
// the built demo feed, so that every engine can be shown real server output. Needs `npm run build` first.
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';

// The demo feed (reference data plus sample pledges and vacancies), so that every kind of widget has data.
export const FEED_PATH = '/dist/demo/feed/index.json';

export function serverRenderPlugin() {
  let client;
  return {
    name: 'server-render',
    async serve(context) {
      if (context.path !== '/__server-render') return undefined;
      const index = resolve(`.${FEED_PATH}`);
      if (!existsSync(index) || !existsSync(resolve('packages/render/dist/index.js'))) {
        context.status = 500;
        return { body: `the built feed or render package is missing: run "npm run build" first`, type: 'text' };
      }
      // Loaded on first use: the Lit server renderer is not needed by any other test.
      const { feedClient, renderWidget } = await import('@luton2040/render');
      client ??= feedClient(index, { retry: false, onDroppedRecord: () => {} });
      const { tag, ...attributes } = Object.fromEntries(context.URL.searchParams);
      try {
        // The widget reads the same feed over HTTP once upgraded as the server read from disk.
        return { body: await renderWidget({ tag, attributes }, { client, src: FEED_PATH }), type: 'html' };
      } catch (error) {
        context.status = 400;
        return { body: `cannot render <${tag}>: ${error instanceof Error ? error.message : error}`, type: 'text' };
      }
    },
  };
}
