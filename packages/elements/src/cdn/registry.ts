/**
 * What the loaders on a page record on `globalThis.__luton2040`. A page can end up with two copies
 * of the loader (two plugins, a theme and a block, a pinned and an unpinned URL); the first one to
 * run defines the tags and the others stand down, so the page has one set of definitions and one
 * observer.
 */
export interface LoaderRegistry {
  /** The version whose loader defines the tags on this page: the first to run. */
  readonly active: string;
  /** Every loader that ran on this page, by version, with the addresses it came from. */
  readonly loaded: Record<string, string[]>;
}

declare global {
  // `var`, because that is how TypeScript declares a property of `globalThis`.
  var __luton2040: LoaderRegistry | undefined;
}

/**
 * Records this loader in the page's registry. Returns true when it is the first loader on the page
 * (it should define the tags), false when another already does. Another copy of the same version is
 * harmless and stays silent; a different version is a conflict worth one warning.
 */
export function claimPage(version: string, url: string): boolean {
  const registry = globalThis.__luton2040;
  if (!registry) {
    globalThis.__luton2040 = { active: version, loaded: { [version]: [url] } };
    return true;
  }
  (registry.loaded[version] ??= []).push(url);
  if (registry.active !== version) {
    const first = registry.loaded[registry.active]?.[0] ?? 'another script';
    console.warn(
      `[luton2040] widgets ${version} (${url}) were loaded on a page that already uses ${registry.active} (${first}); ` +
        `the page keeps ${registry.active}. Load one pinned version of the loader.`,
    );
  }
  return false;
}
