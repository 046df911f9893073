// Written in by the CDN build (scripts/preload-chunks.mjs): under '' the chunks every tag's code
// imports (Lit, the SDK client, the widget base), and under each tag what its chunk imports
// besides. The loader asks for them beside the tag's own chunk instead of after it.
// Source runs (tests, Storybook) have no chunks and no list.
declare global {
  // `var`, because that is how TypeScript declares a property of `globalThis`.
  var __LUTON2040_SHARED_CHUNKS__: Readonly<Record<string, readonly string[]>> | undefined;
}

const chunksOf = globalThis.__LUTON2040_SHARED_CHUNKS__ ?? {};
const asked = new Set<string>();

/**
 * Adds a `<link rel="modulepreload">` for each chunk the tag's chunk imports that is not asked for
 * yet, so that the page fetches them together with it: one round trip instead of two or three
 * before a widget can draw.
 */
export function preloadChunksOf(tag: string): void {
  for (const chunk of [...(chunksOf[''] ?? []), ...(chunksOf[tag] ?? [])]) {
    if (asked.has(chunk)) continue;
    asked.add(chunk);
    const link = document.createElement('link');
    link.rel = 'modulepreload';
    link.href = new URL(`chunks/${chunk}.js`, import.meta.url).href;
    document.head.append(link);
  }
}
