// The repository's packages as the release check sees them: their folders and package.json files.
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

export const ROOT = resolve('.');

export interface PackageJson {
  name: string;
  version: string;
  private?: boolean;
  description?: string;
  license?: string;
  type?: string;
  types?: string;
  engines?: Record<string, string>;
  repository?: { type?: string; url?: string; directory?: string };
  publishConfig?: { access?: string };
  sideEffects?: boolean | string[];
  bin?: Record<string, string>;
  scripts?: Record<string, string>;
  exports?: Record<string, string | Record<string, string>>;
  files?: string[];
  dependencies?: Record<string, string>;
  peerDependencies?: Record<string, string>;
  peerDependenciesMeta?: Record<string, { optional?: boolean }>;
  devDependencies?: Record<string, string>;
  workspaces?: string[];
  customElements?: string;
}

export interface Workspace {
  /** Folder relative to the root, e.g. `packages/sdk`. */
  dir: string;
  manifest: PackageJson;
}

export const readJson = <T = unknown>(file: string): T => JSON.parse(readFileSync(file, 'utf8')) as T;
export const rootManifest = (): PackageJson => readJson<PackageJson>(join(ROOT, 'package.json'));

/** Every workspace package, in the order the root package.json lists them. */
export function workspaces(): Workspace[] {
  return (rootManifest().workspaces ?? []).map((dir) => ({ dir, manifest: readJson<PackageJson>(join(ROOT, dir, 'package.json')) }));
}
