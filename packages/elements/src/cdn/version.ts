// Written in by the CDN build from packages/elements/package.json (see rollup.config.mjs), so that
// the loader can tell its own copy from another version on the same page. Source runs say `dev`.
declare const __LUTON2040_VERSION__: string | undefined;

/** The package version of this loader build. */
export const version: string = typeof __LUTON2040_VERSION__ === 'string' ? __LUTON2040_VERSION__ : 'dev';
