// A rollup plugin for the npm builds: after rollup writes a package's dist/, it deletes the
// JavaScript that this build did not write and the declarations whose source file is gone, so that
// a moved or deleted module never lingers in dist/ and ships in the package. Folders other builds
// own (the CDN bundle, the feed) are left alone.
import { readdirSync, rmSync, existsSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

const walk = (dir) => readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? walk(join(dir, e.name)) : [join(dir, e.name)]));

/** @param {{ srcDir: string, keep?: string[] }} options `keep`: top-level folders of dist/ written by other builds. */
export function pruneStaleOutputs({ srcDir, keep = [] }) {
  return {
    name: 'luton-prune-stale-outputs',
    writeBundle(output, bundle) {
      const dist = output.dir;
      const written = new Set(Object.keys(bundle).map((file) => file.split('/').join(sep)));
      for (const file of walk(dist)) {
        const rel = relative(dist, file);
        if (keep.includes(rel.split(sep)[0])) continue;
        const declaration = /\.d\.ts(\.map)?$/.test(rel);
        const script = !declaration && /\.js(\.map)?$/.test(rel);
        if (declaration ? !existsSync(join(srcDir, rel.replace(/\.d\.ts(\.map)?$/, '.ts'))) : script && !written.has(rel)) rmSync(file);
      }
    },
  };
}
