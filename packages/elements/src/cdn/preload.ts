// Written in by the CDN build (scripts/preload-chunks.mjs): the chunks every tag's code imports
// (Lit, the SDK client, the widget base), which the loader asks for beside the first tag's own
// chunk instead of after it. Source runs (tests, Storybook) have no chunks and no list.
declare global {
  // `var`, because that is how TypeScript declares a property of `globalThis`.
  var __LUTON2040_SHARED_CHUNKS__: readonly string[] | undefined;
}

let asked = false;

/**
 * Adds a `<link rel="modulepreload">` for each shared chunk, once, so that the page fetches them
 * together with the first tag's chunk: one round trip instead of two before a widget can draw.
 */
export function preloadSharedChunks(): void {
  if (asked) return;
  asked = true;
  for (const chunk of globalThis.__LUTON2040_SHARED_CHUNKS__ ?? []) {
    const link = document.createElement('link');
    link.rel = 'modulepreload';
    link.href = new URL(`chunks/${chunk}.js`, import.meta.url).href;
    document.head.append(link);
  }
}
