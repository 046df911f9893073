import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { StorybookConfig } from '@storybook/web-components-vite';
import type { Alias, AliasOptions } from 'vite';

const fromRoot = (path: string) => fileURLToPath(new URL(`../${path}`, import.meta.url));

// Stories read the demo feed (the reference data plus sample pledges and vacancies) and the
// manifest-driven docs: without them Storybook would start and show only errors, so say what to run instead.
const inputs: [path: string, command: string][] = [
  ['dist/demo/feed/index.json', 'npm run build:packages && npm run build:demo'],
  ['packages/elements/custom-elements.json', 'npm run build:manifest'],
];
for (const [path, command] of inputs) {
  if (!existsSync(fromRoot(path))) throw new Error(`${path} is missing: run "${command}" first.`);
}

/**
 * The elements package declares side effects for its built `dist/define/*.js` only, so a bundler
 * reading the source treats `src/define/*.ts` as pure and drops the imports that register the tags.
 */
const defineModulesHaveSideEffects = {
  name: 'luton-define-modules-have-side-effects',
  transform(code: string, id: string) {
    if (/[\\/]packages[\\/]elements[\\/]src[\\/](define[\\/][^\\/]+|luton2040)\.ts$/.test(id)) return { code, map: null, moduleSideEffects: true };
    return undefined;
  },
};

/** Vite takes aliases as an object or a list; a list keeps Storybook's own and adds ours. */
const aliasList = (alias: AliasOptions | undefined): Alias[] =>
  Array.isArray(alias) ? [...(alias as readonly Alias[])] : Object.entries(alias ?? {}).map(([find, replacement]) => ({ find, replacement }));

const config: StorybookConfig = {
  framework: '@storybook/web-components-vite',
  stories: ['../stories/**/*.stories.ts'],
  addons: ['@storybook/addon-docs'],
  // With telemetry on, every build waits on the network.
  core: { disableTelemetry: true, enableCrashReports: false },
  // Served next to iframe.html, so stories use relative addresses that work under any base path.
  staticDirs: [
    { from: '../dist/demo/feed', to: '/feed' },
    { from: '../packages/elements/test-fixtures', to: '/test-fixtures' },
  ],
  viteFinal: (vite) => ({
    ...vite,
    // es2022 makes esbuild lower the standard decorators; with esnext they stay and Chromium fails.
    esbuild: { ...vite.esbuild, target: 'es2022' },
    plugins: [...(vite.plugins ?? []), defineModulesHaveSideEffects],
    resolve: {
      ...vite.resolve,
      // Stories run the packages' source, so a change to the SDK or schema shows without a rebuild.
      alias: [...aliasList(vite.resolve?.alias), { find: /^@luton2040\/(schema|sdk)$/, replacement: fromRoot('packages/$1/src/index.ts') }, { find: /^@luton2040\/sdk\/predicates$/, replacement: fromRoot('packages/sdk/src/predicates.ts') }],
    },
    build: {
      ...vite.build,
      // Storybook's own manager and docs chunks are large by design; ours are small.
      chunkSizeWarningLimit: 2000,
      rollupOptions: {
        ...vite.build?.rollupOptions,
        onwarn(warning, warn) {
          // Comment placement inside dependencies (zod) is harmless and not ours to fix.
          if (warning.code === 'INVALID_ANNOTATION' && warning.id?.includes('node_modules')) return;
          warn(warning);
        },
      },
    },
  }),
};

export default config;
