// Builds every package's JavaScript. Type declarations come from `tsc -b` (run first by
// `npm run build:packages`), which also type-checks; rollup only transpiles and bundles.
import { readFileSync, rmSync } from 'node:fs';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import esbuild from 'rollup-plugin-esbuild';
import { minifyCssLiterals } from './scripts/minify-css-literals.mjs';
import { pruneStaleOutputs } from './scripts/prune-stale-outputs.mjs';

// Chromium has no native decorators yet: es2022 makes esbuild lower them (esnext would not).
const transpile = (options = {}) => esbuild({ target: 'es2022', tsconfig: 'tsconfig.base.json', sourceMap: true, ...options });

const isTest = (id) => /\.test\.ts$|[\\/]test-[^\\/]*\.ts$/.test(id);
// Framework typings (`@luton2040/elements/react`, `/vue`) are types only: their JavaScript is an empty module on purpose.
const isTypesOnly = (chunkName) => /(^|[\\/])frameworks[\\/][^\\/]+$/.test(chunkName);

/** npm build of one package: one ES module per source file, dependencies left as imports. */
function npmBuild(pkg, inputs) {
  const { dependencies = {} } = JSON.parse(readFileSync(`packages/${pkg}/package.json`, 'utf8'));
  const external = (id) => id.startsWith('node:') || Object.keys(dependencies).some((d) => id === d || id.startsWith(`${d}/`));
  return {
    input: inputs.map((i) => `packages/${pkg}/src/${i}`),
    external,
    // The CDN bundle and the feed are written into dist/ by their own builds.
    plugins: [transpile(), pruneStaleOutputs({ srcDir: `packages/${pkg}/src`, keep: ['cdn', 'feed'] })],
    output: {
      dir: `packages/${pkg}/dist`,
      format: 'es',
      preserveModules: true,
      preserveModulesRoot: `packages/${pkg}/src`,
      sourcemap: true,
    },
    onwarn(warning, warn) {
      if (warning.code === 'EMPTY_BUNDLE' && (isTest(warning.names?.[0] ?? '') || isTypesOnly(warning.names?.[0] ?? ''))) return;
      warn(warning);
    },
  };
}

/**
 * The CDN loader: one script that defines every `luton-*` tag on the page. Each element is its
 * own chunk, imported only when its tag is present; chart code (later) stays in a chunk of its
 * own that only chart elements import.
 */
// Chunk names carry content hashes; clear the folder so old chunks never ship beside new ones.
rmSync('packages/elements/dist/cdn', { recursive: true, force: true });

// The loader tells its own copy from another version on the same page by this (src/cdn/version.ts).
const elementsVersion = JSON.parse(readFileSync('packages/elements/package.json', 'utf8')).version;

const cdnBuild = {
  onwarn(warning, warn) {
    // zod's own circular imports and comment placement are harmless and not ours to fix.
    const inDependency = [warning.id, ...(warning.ids ?? [])].some((id) => id?.includes('node_modules'));
    if (inDependency && ['CIRCULAR_DEPENDENCY', 'INVALID_ANNOTATION'].includes(warning.code)) return;
    warn(warning);
  },
  input: { luton2040: 'packages/elements/src/cdn/luton2040.ts', translations: 'packages/elements/src/cdn/translations.ts' },
  plugins: [nodeResolve({ browser: true, exportConditions: ['browser', 'production'] }), minifyCssLiterals(), transpile({ define: { __LUTON2040_VERSION__: JSON.stringify(elementsVersion) } }), terser({ format: { comments: false } })],
  output: {
    dir: 'packages/elements/dist/cdn',
    format: 'es',
    entryFileNames: '[name].js',
    chunkFileNames: 'chunks/[name]-[hash].js',
    // Name the shared chunks after what they hold, so that a page's requests are easy to read.
    manualChunks(id) {
      if (/node_modules[\\/](lit|lit-html|lit-element|@lit[\\/]reactive-element)[\\/]/.test(id)) return 'lit';
      if (/node_modules[\\/](vega[^\\/]*|d3-[^\\/]*|internmap|delaunator|robust-predicates|topojson-client)[\\/]/.test(id)) return 'chart-runtime';
      return undefined;
    },
    sourcemap: true,
  },
};

export default [
  npmBuild('schema', ['index.ts', 'json-schema.ts']),
  npmBuild('data', ['index.ts', 'cli.ts']),
  npmBuild('sdk', ['index.ts', 'predicates.ts']),
  // luton2040.ts imports every tag's definition, and the registry every definition lazily, so these entries reach every module.
  npmBuild('elements', ['index.ts', 'luton2040.ts', 'widget-registry.ts', 'frameworks/react.ts', 'frameworks/vue.ts', 'i18n/english.ts', 'i18n/check-catalogue.ts', 'i18n/email.en.ts', 'i18n/words-for.ts']),
  // Node only (Lit SSR, Vega, resvg): nothing in the browser builds imports it.
  npmBuild('render', ['index.ts', 'email/cli.ts']),
  cdnBuild,
];
