// Builds every package's JavaScript. Type declarations come from `tsc -b` (run first by
// `npm run build:packages`), which also type-checks; rollup only transpiles and bundles.
import { readFileSync, rmSync } from 'node:fs';
import { dirname, resolve, sep } from 'node:path';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import esbuild from 'rollup-plugin-esbuild';
import { minifyCssLiterals } from './scripts/minify-css-literals.mjs';
import { minifyHtmlLiterals } from './scripts/minify-html-literals.mjs';
import { preloadChunks } from './scripts/preload-chunks.mjs';
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

const kpiDefinition = resolve('packages/elements/src/define/kpi.ts');
const kpiOwnCode = /[\\/]src[\\/](components[\\/]kpi|define[\\/]kpi\.ts)/;
let core;

/** `context` for node_modules/@lit/context/index.js. */
const packageName = (id) => /node_modules[\\/]((?:@[^\\/]+[\\/])?[^\\/]+)[\\/]/.exec(id)?.[1].replace(/^@[^\\/]+[\\/]/, '') ?? 'index';
const nameOf = (node) => node.name ?? node.value;
const withoutExtension = (path) => path.replace(/\.[cm]?[jt]sx?$/, '');
/** A module that only re-exports others (a package's index): only the parts a tile names are its. */
const isBarrel = (info) =>
  info.ast.body.some((node) => node.source) &&
  info.ast.body.every((node) => (node.source && /^Export(Named|All)Declaration$/.test(node.type)) || node.expression?.type === 'Literal');

/** The module an import or re-export declaration of `info` names. */
function targetOf(info, source) {
  const ids = info.importedIds;
  if (source.startsWith('.')) {
    const wanted = withoutExtension(resolve(dirname(info.id), source));
    return ids.find((id) => withoutExtension(id) === wanted);
  }
  const workspace = /^@luton2040\/([^/]+)$/.exec(source);
  if (workspace) return ids.find((id) => id.includes(`${sep}packages${sep}${workspace[1]}${sep}dist${sep}index.js`));
  return ids.find((id) => id.includes(`${sep}node_modules${sep}${source.split('/').slice(0, source.startsWith('@') ? 2 : 1).join(sep)}${sep}`));
}

/**
 * The modules the KPI tile imports statically, outside its own folder: the code every widget
 * shares. Through a package's index only the modules of the names imported are followed (an
 * index imports every module it re-exports, but a tile uses few), and lazy imports (charts,
 * pledges, vacancies, live updates, redirects) stay in chunks of their own.
 */
function tileCore(getModuleInfo) {
  if (core) return core;
  core = new Set();
  const seen = new Set();
  const visit = (id, names) => {
    const info = getModuleInfo(id);
    if (!info || info.isExternal || !info.ast) return;
    if (isBarrel(info)) {
      for (const node of info.ast.body) {
        const target = node.source && targetOf(info, node.source.value);
        if (!target) continue;
        if (node.type === 'ExportAllDeclaration') {
          const exported = new Set(getModuleInfo(target)?.exports ?? []);
          const wanted = names ? names.filter((n) => exported.has(n)) : null;
          if (!wanted || wanted.length) visit(target, wanted);
        } else {
          const wanted = node.specifiers.filter((s) => !names || names.includes(nameOf(s.exported))).map((s) => nameOf(s.local));
          if (wanted.length) visit(target, wanted);
        }
      }
      return;
    }
    if (seen.has(id)) return;
    seen.add(id);
    if (!kpiOwnCode.test(id)) core.add(id);
    const named = new Set();
    for (const node of info.ast.body) {
      if (!node.source || !/^(Import|ExportNamed|ExportAll)Declaration$/.test(node.type) || node.importKind === 'type') continue;
      const target = targetOf(info, node.source.value);
      if (!target) continue;
      named.add(target);
      const specifiers = node.specifiers ?? [];
      const whole = node.type === 'ExportAllDeclaration' || specifiers.length === 0 || specifiers.some((s) => s.type !== 'ImportSpecifier' && s.type !== 'ExportSpecifier');
      visit(target, whole ? null : specifiers.map((s) => nameOf(s.imported ?? s.local)));
    }
    // Anything imported that the declarations above did not account for is followed whole.
    for (const next of info.importedIds) if (!named.has(next)) visit(next, null);
  };
  visit(kpiDefinition, null);
  if (process.env.DEBUG_CORE) console.error([...core].join('\n'));
  return core;
}

const cdnBuild = {
  onwarn(warning, warn) {
    // zod's own circular imports and comment placement are harmless and not ours to fix.
    const inDependency = [warning.id, ...(warning.ids ?? [])].some((id) => id?.includes('node_modules'));
    if (inDependency && ['CIRCULAR_DEPENDENCY', 'INVALID_ANNOTATION'].includes(warning.code)) return;
    warn(warning);
  },
  input: { luton2040: 'packages/elements/src/cdn/luton2040.ts', translations: 'packages/elements/src/cdn/translations.ts' },
  plugins: [nodeResolve({ browser: true, exportConditions: ['browser', 'production'] }), minifyCssLiterals(), minifyHtmlLiterals(), transpile({ define: { __LUTON2040_VERSION__: JSON.stringify(elementsVersion) } }), terser({ format: { comments: false } }), preloadChunks()],
  output: {
    dir: 'packages/elements/dist/cdn',
    format: 'es',
    entryFileNames: '[name].js',
    chunkFileNames: 'chunks/[name]-[hash].js',
    // Name the shared chunks after what they hold, so that a page's requests are easy to read.
    manualChunks(id, { getModuleInfo }) {
      if (/node_modules[\\/](vega[^\\/]*|d3-[^\\/]*|internmap|delaunator|robust-predicates|topojson-client)[\\/]/.test(id)) return 'chart-runtime';
      // What every widget needs (Lit, the SDK's client and checks, the widget base class) is one
      // chunk, not five: a KPI page then makes two requests after the loader, not five, and gzip
      // compresses the whole better than its parts (about 1.2 KB less on a KPI-only page).
      if (tileCore(getModuleInfo).has(id)) return 'core';
      // A manual chunk takes in the unassigned modules it imports, and the core imports packages'
      // indexes, which import every module they re-export. So the indexes are a chunk of their
      // own (one for this project's packages, one per dependency), which takes in what the tile
      // does not use (pledge errors, redirects, the Living Wage checks; the context provider):
      // the widgets that use it load it, a KPI page does not.
      const info = getModuleInfo(id);
      if (info?.ast && isBarrel(info)) {
        const core = tileCore(getModuleInfo);
        const rest = info.importedIds.filter((next) => !core.has(next) && getModuleInfo(next)?.isIncluded);
        if (rest.length) return /[\\/]packages[\\/]/.test(id) ? 'sdk' : packageName(id);
      }
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
