import type { Catalogue } from './catalogue.js';

/**
 * Where every copy of the widgets on a page keeps the languages added to it, and the event that
 * says one was added. Global rather than a module's own, so that a partner's language file, loaded
 * from the CDN's `translations.js` entry or from npm, reaches the widgets whichever copy drew them.
 */
export const CATALOGUES = Symbol.for('luton2040.catalogues');
export const TRANSLATIONS_ADDED = 'luton-translations-added';

type Registry = Map<string, Catalogue | Promise<Catalogue | undefined>>;

/** The page's registry of languages (created on first use). */
export const registry = (): Registry => ((globalThis as Record<symbol, unknown>)[CATALOGUES] ??= new Map()) as Registry;

/**
 * Adds (or replaces) languages: every widget on the page whose language one matches redraws in it.
 * A partner's one file calls it (see docs/languages.md).
 */
export function registerTranslation(...catalogues: Catalogue[]): void {
  for (const catalogue of catalogues) registry().set(catalogue.locale.toLowerCase(), catalogue);
  document.dispatchEvent(new Event(TRANSLATIONS_ADDED));
}
