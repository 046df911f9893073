import type { Catalogue } from './catalogue.js';
import { loadedSupport, matchLanguage, preloadLanguage } from './translations.js';

/**
 * For renderers without a page (the server renderer, the email CLI): the catalogue of the language
 * `lang` stands for, fetched; `undefined` for English or a language there are no words for.
 */
export async function catalogueFor(lang: string | undefined): Promise<Catalogue | undefined> {
  const language = lang ? matchLanguage(lang) : undefined;
  if (!language) return undefined;
  await preloadLanguage(language);
  return loadedSupport()?.loadedCatalogue(language);
}

/** One part of a catalogue (a widget's words, the email frame's) in `lang`, English for any word it lacks. */
export async function wordsFor<W extends object>(english: W, part: Exclude<keyof Catalogue, 'locale' | 'dir' | 'name' | 'review'>, lang: string | undefined): Promise<W> {
  const catalogue = await catalogueFor(lang);
  return catalogue ? loadedSupport()!.wordsIn(english, catalogue[part]) : english;
}
