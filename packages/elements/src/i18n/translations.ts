import type { Catalogue } from './catalogue.js';
import type * as LanguageSupport from './language-support.js';

/**
 * The languages shipped with the widgets besides English, each a file in `locales/` (listed with
 * its loader in language-support.ts). Only the names are here: an English page never downloads
 * a word of another language, nor the code that loads one.
 */
const shipped = ['ur', 'pl', 'ro'];

/**
 * The page's registry of languages, which register-translation.ts fills (the same global key; not
 * imported from there, so that the CDN's translations entry shares no chunk with the widgets).
 */
export const catalogues = ((globalThis as Record<symbol, unknown>)[Symbol.for('luton2040.catalogues')] ??= new Map()) as Map<
  string,
  Catalogue | Promise<Catalogue | undefined>
>;

/**
 * The language there are words for, for a page's `lang`: the tag itself (`pa-arab`), else its
 * language (`ur-PK` → `ur`); `undefined` means English, the fallback for every other language.
 */
export function matchLanguage(lang: string): string | undefined {
  // `pa-arab-pk`, then `pa-arab`, then `pa`.
  for (let tag = lang.toLowerCase(); tag && tag !== 'en'; tag = tag.slice(0, Math.max(0, tag.lastIndexOf('-')))) {
    if (catalogues.has(tag) || shipped.includes(tag)) return tag;
  }
  return undefined;
}

let support: typeof LanguageSupport | undefined;

/** The code that loads and merges other languages' words, fetched on first use. */
export const languageSupport = async (): Promise<typeof LanguageSupport> => (support ??= await import('./language-support.js'));

/** That code, if it has been fetched: what a widget drawing at once (or on a server) can use. */
export const loadedSupport = (): typeof LanguageSupport | undefined => support;

/** Fetches the words of the language `lang` stands for, so that widgets (or a server render) draw in it at once. */
export async function preloadLanguage(lang: string): Promise<void> {
  const language = matchLanguage(lang);
  if (language) await (await languageSupport()).loadCatalogue(language);
}
