import type { Catalogue } from './catalogue.js';

/**
 * The languages shipped with the widgets besides English. Each is its own chunk, fetched only by a
 * page that shows a widget in that language: an English page never downloads a word of another.
 */
const shipped: Readonly<Record<string, () => Promise<{ default: Catalogue }>>> = {
  ur: () => import('./locales/ur.js'),
  pl: () => import('./locales/pl.js'),
  ro: () => import('./locales/ro.js'),
};

const catalogues = new Map<string, Catalogue | Promise<Catalogue | undefined>>();
const listeners = new Set<() => void>();

const keyOf = (tag: string) => tag.toLowerCase();

/**
 * Adds (or replaces) a language: every widget on the page whose language it matches redraws in it.
 * A partner's one file: `registerTranslation({ locale: 'cy', dir: 'ltr', … })` (see docs/languages.md).
 */
export function registerTranslation(...added: Catalogue[]): void {
  for (const catalogue of added) catalogues.set(keyOf(catalogue.locale), catalogue);
  for (const listener of listeners) listener();
}

/** Calls `listener` whenever a language is registered. */
export function onTranslationRegistered(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/**
 * The language there are words for, for a page's `lang`: the tag itself (`pa-arab`), else its
 * language (`ur-PK` → `ur`); `undefined` means English, the fallback for every other language.
 */
export function matchLanguage(lang: string): string | undefined {
  const tag = keyOf(lang);
  const parts = tag.split('-');
  for (let end = parts.length; end > 0; end--) {
    const candidate = parts.slice(0, end).join('-');
    if (candidate === 'en') return undefined;
    if (catalogues.has(candidate) || candidate in shipped) return candidate;
  }
  return undefined;
}

/** The catalogue of a matched language if it is already here, so that it draws without waiting. */
export function loadedCatalogue(language: string | undefined): Catalogue | undefined {
  const found = language === undefined ? undefined : catalogues.get(language);
  return found instanceof Promise ? undefined : found;
}

/** The catalogue of a matched language, fetched once; `undefined` (English) if it cannot be loaded. */
export function loadCatalogue(language: string): Promise<Catalogue | undefined> {
  const found = catalogues.get(language);
  if (found) return Promise.resolve(found);
  const loading = (shipped[language]?.() ?? Promise.resolve(undefined)).then(
    (module) => {
      if (module && catalogues.get(language) === loading) catalogues.set(language, module.default);
      return loadedCatalogue(language);
    },
    (error: unknown) => {
      catalogues.delete(language);
      console.warn(`[luton2040] the "${language}" words could not be loaded; showing English`, error);
      return undefined;
    },
  );
  catalogues.set(language, loading);
  return loading;
}
