// A project outside the repository that installs the packed tarballs and nothing else of ours:
// third-party dependencies come from the npm registry (npm's cache first), as for any user.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { PackedPackage } from './pack.js';
import { run } from './pack.js';

/**
 * Installs the tarballs (and `extra` third-party packages a consumer would have, e.g. `@types/react`)
 * into `dir`. Our packages depend on each other by version; `overrides` makes npm take those from
 * the tarballs too, since they are not on the registry yet.
 */
export function installTarballs(dir: string, packages: readonly PackedPackage[], extra: Record<string, string>): void {
  const ours = Object.fromEntries(packages.map((p) => [p.name, `file:${p.tarball}`]));
  const manifest = { name: 'luton2040-release-check', private: true, type: 'module', dependencies: { ...ours, ...extra }, overrides: ours };
  writeFileSync(join(dir, 'package.json'), `${JSON.stringify(manifest, null, 2)}\n`);
  run('npm', ['install', '--prefer-offline', '--no-audit', '--no-fund', '--ignore-scripts', '--loglevel=error'], dir);
}
