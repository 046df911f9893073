/** Where the suite reads the project's builds from and writes its own. */
import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
export const benchDir = join(root, 'bench');
/** Everything the suite builds: baseline bundles, generated pages, feeds (git-ignored). */
export const buildDir = join(benchDir, '.build');
/** Served at `/bench/`: the baselines' bundles and the pages the suite writes. */
export const wwwDir = join(buildDir, 'www');
/** Served at `/feed/`: the reference feed, built from the dataset by the publisher CLI. */
export const feedDir = join(buildDir, 'feed');
/** Served at `/cdn/`: the project's CDN build, as partner pages load it. */
export const cdnDir = join(root, 'packages/elements/dist/cdn');
export const resultsDir = join(benchDir, 'results');

/** The script a package's `bin` entry points at, e.g. `binOf('data', 'luton2040-feed')`. */
export function binOf(pkg: string, name: string): string {
  const manifest = JSON.parse(readFileSync(join(root, 'packages', pkg, 'package.json'), 'utf8')) as { bin?: Record<string, string> };
  const bin = manifest.bin?.[name];
  if (!bin) throw new Error(`packages/${pkg}/package.json has no bin "${name}"`);
  return join(root, 'packages', pkg, bin);
}
