// Measures the SDK as the KPI tile uses it: an entry that imports exactly the SDK values that
// <luton-kpi> and the modules it imports take from `@luton2040/sdk`, bundled and minified by
// esbuild with code splitting (lazy parts apart, as the CDN build has them), what the tile loads
// gzipped as the one chunk the CDN build ships it in. Shared by the benchmark
// (the sdk part of bench/) and the budget test (scripts/checks/sdk-size.test.ts).
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');

/** The SDK budget of the KPI tile, gzip bytes, validation (checker and JSON Schemas) included. */
export const SDK_TILE_BUDGET = 10 * 1024;

/** Value (not type) names imported from `@luton2040/sdk` by a module and the local modules it imports. */
export function sdkImportsOf(file, seen = new Set()) {
  if (seen.has(file) || !existsSync(file)) return new Set();
  seen.add(file);
  const source = readFileSync(file, 'utf8');
  const names = new Set();
  for (const match of source.matchAll(/import\s+(type\s+)?\{([^}]*)\}\s+from\s+['"]([^'"]+)['"]/g)) {
    const [, typeOnly, list, from] = match;
    if (from === '@luton2040/sdk' && !typeOnly) {
      for (const item of list.split(',')) {
        const name = item.trim();
        if (name && !name.startsWith('type ')) names.add(name.split(/\s+as\s+/)[0]);
      }
    } else if (from.startsWith('.') && !typeOnly) {
      const next = resolve(dirname(file), from.replace(/\.js$/, '.ts'));
      for (const name of sdkImportsOf(next, seen)) names.add(name);
    }
  }
  return names;
}

/**
 * Bundles the tile's SDK imports and returns the gzip size of what the tile loads (the entry chunk
 * and the chunks it imports statically), with the lazy chunks it does not load listed apart.
 */
export async function measureTileBundle() {
  const component = join(root, 'packages/elements/src/components/kpi/kpi.component.ts');
  const names = [...sdkImportsOf(component)].sort();
  if (names.length === 0) throw new Error(`No SDK imports found in ${component}`);
  const result = await build({
    stdin: { contents: `export { ${names.join(', ')} } from '@luton2040/sdk';`, resolveDir: root, loader: 'ts', sourcefile: 'kpi-tile-sdk.ts' },
    alias: {
      '@luton2040/sdk': join(root, 'packages/sdk/src/index.ts'),
      '@luton2040/schema': join(root, 'packages/schema/src/index.ts'),
    },
    bundle: true,
    splitting: true,
    minify: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    conditions: ['browser', 'production'],
    outdir: join(root, 'dist/measure-bundle'),
    write: false,
    metafile: true,
    logLevel: 'silent',
  });
  const outputs = result.metafile.outputs;
  const bytes = new Map(result.outputFiles.map((f) => [f.path, f.contents]));
  const key = (path) => Object.keys(outputs).find((k) => resolve(root, k) === path);
  // The tile's own entry (lazily imported modules are entry points too, in any order).
  const entry = Object.keys(outputs).find((k) => outputs[k].entryPoint === 'kpi-tile-sdk.ts' && k.endsWith('.js'));
  const loaded = new Set();
  const visit = (k) => {
    if (loaded.has(k)) return;
    loaded.add(k);
    const code = new TextDecoder().decode(bytes.get(resolve(root, k)));
    for (const imp of outputs[k].imports) {
      if (imp.kind !== 'import-statement') continue;
      // esbuild also writes a bare `import"./chunk-….js"` for a chunk that holds only code other
      // entries use, when the entry reaches its module through a re-export (evanw/esbuild#2922).
      // The SDK has no side effects, and neither the CDN build (rollup) nor a bundler re-bundling
      // this output imports such a chunk: only imports that bind names are followed.
      const file = imp.path.split('/').pop();
      if (code.includes(`import"./${file}";`)) continue;
      visit(key(resolve(root, imp.path)) ?? imp.path);
    }
  };
  visit(entry);
  const size = (k) => {
    const contents = bytes.get(resolve(root, k));
    return { minified: contents.length, gzip: gzipSync(contents, { level: 9 }).length };
  };
  const chunks = [...loaded].map((k) => ({ file: k, ...size(k) }));
  // The CDN build ships all of it in one chunk (rollup.config.mjs: the tile's core), so it is
  // compressed as one file: esbuild splits out the modules the lazy chunks share as well.
  const together = Buffer.concat([...loaded].map((k) => bytes.get(resolve(root, k))));
  const lazy = Object.keys(outputs)
    .filter((k) => k.endsWith('.js') && !loaded.has(k))
    .map((k) => ({ file: k, ...size(k), modules: Object.keys(outputs[k].inputs).map((m) => m.replace(/^.*node_modules\//, '')) }));
  // The biggest inputs of what the tile loads, to see what pulls the weight.
  const inputs = chunks
    .flatMap((c) => Object.entries(outputs[c.file].inputs))
    .map(([file, { bytesInOutput }]) => ({ file: file.replace(/^.*node_modules\//, ''), bytes: bytesInOutput }))
    .sort((a, b) => b.bytes - a.bytes);
  return {
    imports: names,
    minified: together.length,
    gzip: gzipSync(together, { level: 9 }).length,
    chunks,
    lazy,
    inputs,
  };
}
