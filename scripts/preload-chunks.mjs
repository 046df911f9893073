// Rollup plugin: writes into the CDN loader the chunks that every tag's chunk imports (directly
// or through each other), and what each tag's chunk imports besides, so that the loader can
// preload them beside the tag's own chunk (src/cdn/preload.ts). Without it a page waits for the
// tag's chunk before it even asks for the chunks that chunk needs.
import { basename } from 'node:path';

const placeholder = 'globalThis.__LUTON2040_SHARED_CHUNKS__';

/** The tag a chunk defines, from the module it was built from: `define/kpi.ts` defines `luton-kpi`. */
const defaultTagOf = (id) => `luton-${basename(id).replace(/\.[jt]s$/, '')}`;

export function preloadChunks({ loader = 'luton2040.js', tagOf = defaultTagOf, minBytes = 1024 } = {}) {
  return {
    name: 'preload-chunks',
    generateBundle(_, bundle) {
      const entry = bundle[loader];
      if (entry?.type !== 'chunk') return this.error(`${loader} is not in the bundle`);
      const imported = (file, found = new Set()) => {
        for (const next of bundle[file]?.imports ?? []) if (!found.has(next)) imported(next, found.add(next));
        return found;
      };
      const perTag = entry.dynamicImports.map((file) => [file, imported(file)]);
      const shared = [...(perTag[0]?.[1] ?? [])].filter((file) => perTag.every(([, files]) => files.has(file)));
      if (!entry.code.includes(placeholder)) return this.error(`${loader} does not read ${placeholder}: is src/cdn/preload.ts still imported?`);
      // Names only (`core-BzjDb6lC`): the loader adds the folder and `.js`.
      const name = (file) => file.replace(/^chunks\//, '').replace(/\.js$/, '');
      // Under each tag, what its chunk imports besides the shared chunks.
      const list = { '': shared.map(name) };
      for (const [file, files] of perTag) {
        // Chunks of a few hundred bytes are left to the import: each name costs the loader more
        // bytes than the round trip is worth.
        const own = [...files].filter((f) => !shared.includes(f) && bundle[f].code.length >= minBytes);
        const facade = bundle[file]?.facadeModuleId;
        if (own.length && facade) list[tagOf(facade)] = own.map(name);
      }
      entry.code = entry.code.replace(placeholder, `(${JSON.stringify(list)})`);
    },
  };
}
