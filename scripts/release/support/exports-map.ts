// The entry points an `exports` map gives, with wildcard subpaths expanded against the files a
// tarball holds: the release check tests what the map says, not a list of paths typed in here.

export interface EntryPoint {
  /** The subpath as a consumer imports it: `.`, `./react`, `./define/kpi.js`. */
  subpath: string;
  /** The declaration file for TypeScript, relative to the package root without `./`. */
  types?: string;
  /** The file every other condition resolves to. */
  target: string;
}

const strip = (path: string) => path.replace(/^\.\//, '');

/** Matches a wildcard target (`./dist/define/*.js`) against a file and returns what `*` stood for. */
function wildcardMatch(pattern: string, file: string): string | undefined {
  const [before, after] = strip(pattern).split('*') as [string, string];
  return file.startsWith(before) && file.endsWith(after) && file.length > before.length + after.length ? file.slice(before.length, file.length - after.length) : undefined;
}

/** Every entry point of `exportsField`; a wildcard subpath gives one per matching file in `files`. */
export function entryPoints(exportsField: Record<string, string | Record<string, string>>, files: readonly string[]): EntryPoint[] {
  return Object.entries(exportsField).flatMap(([subpath, value]) => {
    const conditions = typeof value === 'string' ? { default: value } : value;
    const target = conditions.default ?? conditions.import;
    if (!target) throw new Error(`exports["${subpath}"] has no "default" or "import" condition`);
    if (!subpath.includes('*')) return [{ subpath, target: strip(target), ...(conditions.types ? { types: strip(conditions.types) } : {}) }];
    return files.flatMap((file) => {
      const star = wildcardMatch(target, file);
      if (star === undefined) return [];
      return [{ subpath: subpath.replace('*', star), target: file, ...(conditions.types ? { types: strip(conditions.types).replace('*', star) } : {}) }];
    });
  });
}

/** The subpath a consumer imports a shipped file by, if the exports map exposes it. */
export function subpathOf(entries: readonly EntryPoint[], file: string): string | undefined {
  return entries.find((e) => e.target === file)?.subpath;
}
