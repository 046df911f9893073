// Rollup plugin: writes into the CDN loader the chunks that every tag's chunk imports (directly
// or through each other), so that the loader can preload them beside the first tag's chunk
// (src/cdn/preload.ts). Without it a page waits for the tag's chunk before it even asks for them.
const placeholder = 'globalThis.__LUTON2040_SHARED_CHUNKS__';

export function preloadChunks({ loader = 'luton2040.js' } = {}) {
  return {
    name: 'preload-chunks',
    generateBundle(_, bundle) {
      const entry = bundle[loader];
      if (entry?.type !== 'chunk') return this.error(`${loader} is not in the bundle`);
      const imported = (file, found = new Set()) => {
        for (const next of bundle[file]?.imports ?? []) if (!found.has(next)) imported(next, found.add(next));
        return found;
      };
      const perTag = entry.dynamicImports.map((file) => imported(file));
      const shared = [...(perTag[0] ?? [])].filter((file) => perTag.every((files) => files.has(file)));
      if (!entry.code.includes(placeholder)) return this.error(`${loader} does not read ${placeholder}: is src/cdn/preload.ts still imported?`);
      // Names only (`core-BzjDb6lC`): the loader adds the folder and `.js`.
      const names = shared.map((file) => file.replace(/^chunks\//, '').replace(/\.js$/, ''));
      entry.code = entry.code.replace(placeholder, `(${JSON.stringify(names)})`);
    },
  };
}
