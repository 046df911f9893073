// Run by each package's `prepack` (so by `npm pack` and `npm publish`), in the package's folder:
// refuses to pack a package whose build is missing a file its package.json names, or whose feed is
// not the reference feed (a demo feed, with sample records, must never be published as the default).
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const dir = process.argv[2] ?? process.cwd();
const manifest = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8'));
const problems = [];

const named = [manifest.types, manifest.customElements, ...Object.values(manifest.bin ?? {})];
for (const [subpath, value] of Object.entries(manifest.exports ?? {})) {
  if (subpath.includes('*')) continue;
  named.push(...(typeof value === 'string' ? [value] : Object.values(value)));
}
for (const file of named.filter(Boolean)) {
  if (!existsSync(join(dir, file))) problems.push(`${file} is missing`);
}

const feedIndex = join(dir, 'dist/feed/index.json');
if (existsSync(feedIndex)) {
  const index = JSON.parse(readFileSync(feedIndex, 'utf8'));
  const sampleResources = Object.entries(index.resources ?? {}).filter(([, r]) => r.sample).map(([name]) => name);
  if (index.sample !== false || sampleResources.length > 0) {
    problems.push(`dist/feed is a demo feed (sample: ${index.sample}${sampleResources.length ? `; sample records in ${sampleResources.join(', ')}` : ''}), not the reference feed`);
  }
}

if (problems.length > 0) {
  console.error(`${manifest.name} cannot be packed:\n${problems.map((p) => `  - ${p}`).join('\n')}\nRun "npm run build:release" at the repository root, then pack again.`);
  process.exit(1);
}
