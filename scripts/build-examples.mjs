// Bundles the framework examples (React, Vue, Angular) with esbuild into examples/*/dist, which
// git ignores. The plain-HTML, WordPress and embed-builder examples need no build: they load the CDN
// loader. Run by `npm run build:examples`, after the packages are built.
import { rmSync } from 'node:fs';
import * as esbuild from 'esbuild';

const production = { 'process.env.NODE_ENV': '"production"' };

const examples = [
  { name: 'react', entry: 'app.tsx', define: production },
  {
    name: 'vue',
    entry: 'app.ts',
    // The full build, whose compiler turns the template string into a render function in the page.
    alias: { vue: 'vue/dist/vue.esm-bundler.js' },
    define: { ...production, __VUE_OPTIONS_API__: 'true', __VUE_PROD_DEVTOOLS__: 'false', __VUE_PROD_HYDRATION_MISMATCH_DETAILS__: 'false' },
  },
  { name: 'angular', entry: 'main.ts', define: production },
];

for (const { name, entry, alias, define } of examples) {
  const outdir = `examples/${name}/dist`;
  rmSync(outdir, { recursive: true, force: true });
  await esbuild.build({
    entryPoints: [`examples/${name}/${entry}`],
    outdir,
    bundle: true,
    // Chunks keep the chart code (loaded when a comparator chart comes into view) out of the first load.
    splitting: true,
    format: 'esm',
    // es2022 lowers the elements' decorators, which Chromium does not run natively yet.
    target: 'es2022',
    tsconfig: `examples/${name}/tsconfig.json`,
    conditions: ['browser', 'production'],
    minify: true,
    sourcemap: true,
    legalComments: 'linked',
    logLevel: 'warning',
    ...(alias ? { alias } : {}),
    define,
  });
}
console.log(`Examples built: ${examples.map((e) => `examples/${e.name}/dist`).join(', ')}`);
