import type { Catalogue } from './catalogue.js';
import { catalogues } from './translations.js';

export { wordsIn } from './merge-words.js';

/** Each shipped language's file, its own chunk (the names are listed again in translations.ts). */
const files: Readonly<Record<string, () => Promise<{ default: Catalogue }>>> = {
  ur: () => import('./locales/ur.js'),
  pl: () => import('./locales/pl.js'),
  ro: () => import('./locales/ro.js'),
};

/** The catalogue of a matched language if it is already here, so that it draws without waiting. */
export function loadedCatalogue(language: string): Catalogue | undefined {
  const found = catalogues.get(language);
  return found instanceof Promise ? undefined : found;
}

/** The catalogue of a matched language, fetched once; `undefined` (English) if it cannot be loaded. */
export function loadCatalogue(language: string): Promise<Catalogue | undefined> {
  const found = catalogues.get(language);
  if (found) return Promise.resolve(found);
  const loading = (files[language]?.() ?? Promise.resolve(undefined)).then(
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
