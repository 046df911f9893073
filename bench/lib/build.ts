/**
 * What the suite builds before it measures: the project (its own npm scripts, so that the suite
 * measures exactly what `npm start` serves), the reference feed, and the baselines' bundles.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terserImport from '@rollup/plugin-terser';
import { rollup, type Plugin } from 'rollup';
import esbuild from 'rollup-plugin-esbuild';
import { binOf, benchDir, cdnDir, feedDir, root, wwwDir } from './paths.js';

// The plugin's types describe a CommonJS module; Node loads its ES build, whose default export is the plugin.
const terser = terserImport as unknown as typeof terserImport.default;

// A variable specifier, because the project's build plugin is JavaScript without type declarations.
const cssPluginModule = '../../scripts/minify-css-literals.mjs';
const { minifyCssLiterals }: { minifyCssLiterals: (options: { include: RegExp }) => Plugin } = await import(cssPluginModule);
const htmlPluginModule = '../../scripts/minify-html-literals.mjs';
const { minifyHtmlLiterals }: { minifyHtmlLiterals: (options: { include: RegExp }) => Plugin } = await import(htmlPluginModule);

function run(command: string, args: string[]): void {
  console.log(`> ${[command, ...args].join(' ')}`);
  const result = spawnSync(command, args, { cwd: root, stdio: 'inherit' });
  if (result.status !== 0) throw new Error(`${[command, ...args].join(' ')} failed (exit ${result.status ?? result.signal})`);
}

/**
 * Builds the packages (and the demo's feed when a part loads the demo), unless `skip`: then it
 * only checks that a build is there and says which command makes one.
 */
export function buildProject({ skip, demo }: { skip: boolean; demo: boolean }): void {
  if (skip) {
    const missing = [join(cdnDir, 'luton2040.js'), binOf('data', 'luton2040-feed')].filter((f) => !existsSync(f));
    if (missing.length) throw new Error(`--no-build, but ${missing.join(', ')} is missing: run "npm run build:packages${demo ? ' && npm run build:demo' : ''}" first`);
    return;
  }
  run('npm', ['run', '--silent', 'build:packages']);
  if (demo) run('npm', ['run', '--silent', 'build:demo']);
}

/** The reference feed (real figures only, no samples), as the publisher CLI writes it. */
export function buildReferenceFeed(): void {
  rmSync(feedDir, { recursive: true, force: true });
  run(process.execPath, [binOf('data', 'luton2040-feed'), 'build', '--out', feedDir]);
}

export const baselines = ['bare-kpi', 'shoelace-card', 'chartjs-bars', 'vega-floor'] as const;
/** Scripts of the suite's own pages, built the same way (bench/baselines/plan-client.ts). */
const pageScripts = ['plan-client'] as const;

/**
 * The baselines' bundles, one ES module each, made by the same tools and settings as the project's
 * CDN build (rollup.config.mjs: node-resolve with the browser and production conditions, minified
 * CSS and HTML literals, esbuild to es2022, terser without comments), so that no figure differs by its minifier.
 */
export async function buildBaselines(): Promise<void> {
  rmSync(wwwDir, { recursive: true, force: true });
  mkdirSync(wwwDir, { recursive: true });
  for (const name of [...baselines, ...pageScripts]) {
    const bundle = await rollup({
      input: join(benchDir, 'baselines', `${name}.ts`),
      plugins: [
        nodeResolve({ browser: true, exportConditions: ['browser', 'production'] }),
        minifyCssLiterals({ include: /[\\/]bench[\\/]baselines[\\/][^\\/]*\.ts$/ }),
        minifyHtmlLiterals({ include: /[\\/]bench[\\/]baselines[\\/][^\\/]*\.ts$/ }),
        esbuild({ target: 'es2022', tsconfig: join(root, 'tsconfig.base.json') }),
        terser({ format: { comments: false } }),
      ],
      onwarn(warning, warn) {
        // Circular imports inside dependencies (d3, vega) are theirs and harmless.
        if (warning.code === 'CIRCULAR_DEPENDENCY' || warning.code === 'INVALID_ANNOTATION') return;
        warn(warning);
      },
    });
    await bundle.write({ dir: wwwDir, format: 'es', entryFileNames: '[name].js', inlineDynamicImports: true });
    await bundle.close();
  }
}
