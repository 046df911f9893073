// Packs every workspace package with `npm pack`, exactly as `npm publish` would, into a folder
// outside the repository, and unpacks each tarball beside it to read what it holds.
import { execFile, spawnSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT, readJson, workspaces, type PackageJson } from './repo.js';

export interface PackedPackage {
  name: string;
  /** The package's folder in the repository, e.g. `packages/sdk`. */
  dir: string;
  tarball: string;
  /** Where the tarball was unpacked (its `package/` folder). */
  unpacked: string;
  /** Every file in the tarball, relative to the package root. */
  files: string[];
  manifest: PackageJson;
}

interface NpmPackResult {
  name: string;
  filename: string;
  files: { path: string }[];
}

export function run(command: string, args: string[], cwd: string, env: NodeJS.ProcessEnv = process.env): string {
  const result = spawnSync(command, args, { cwd, encoding: 'utf8', env, maxBuffer: 64 * 1024 * 1024 });
  if (result.status !== 0) throw new Error(`${command} ${args.join(' ')} (in ${cwd}) exited with ${result.status}:\n${result.stdout}\n${result.stderr}`);
  return result.stdout;
}

/** `run` without blocking the event loop: for commands that talk to a server in this process, or run side by side. */
export function runAsync(command: string, args: string[], cwd: string): Promise<string> {
  return new Promise((resolve, reject) => {
    execFile(command, args, { cwd, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 }, (error, stdout, stderr) => {
      if (error) reject(new Error(`${command} ${args.join(' ')} (in ${cwd}) exited with ${error.code}:\n${stdout}\n${stderr}`));
      else resolve(stdout);
    });
  });
}

export function packWorkspaces(dest: string): PackedPackage[] {
  const dirs = new Map(workspaces().map((w) => [w.manifest.name, w.dir]));
  const results = JSON.parse(run('npm', ['pack', '--workspaces', '--pack-destination', dest, '--json', '--loglevel=error'], ROOT)) as NpmPackResult[];
  return results.map((result) => {
    const tarball = join(dest, result.filename);
    const unpacked = join(dest, 'unpacked', result.name.replace('/', '__'));
    mkdirSync(unpacked, { recursive: true });
    run('tar', ['-xzf', tarball, '-C', unpacked], dest);
    const root = join(unpacked, 'package');
    return { name: result.name, dir: dirs.get(result.name)!, tarball, unpacked: root, files: result.files.map((f) => f.path).sort(), manifest: readJson<PackageJson>(join(root, 'package.json')) };
  });
}
