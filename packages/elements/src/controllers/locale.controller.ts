import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Catalogue, CatalogueTag } from '../i18n/catalogue.js';
import { languageOf } from '../i18n/language-of.js';
import { languageSupport, loadedSupport, matchLanguage } from '../i18n/translations.js';

const connected = new Set<LocaleController>();
let observer: MutationObserver | undefined;

const refreshAll = (again?: boolean) => connected.forEach((controller) => controller.refresh(again));
const refreshAgain = () => refreshAll(true);
/** What register-translation.ts sends (its TRANSLATIONS_ADDED; not imported, as in translations.ts). */
const TRANSLATIONS_ADDED = 'luton-translations-added';

/**
 * Keeps a widget in its page's language. One observer for the whole page, as Shoelace's localize
 * controller has: any change of a `lang` or `dir` attribute in the document (the root's, a
 * `<luton-data>`'s, the widget's own), or a language added, makes every widget look its language
 * up again, and those whose language changed redraw, once its words have loaded.
 */
export class LocaleController implements ReactiveController {
  /** The words' catalogue; `undefined` while the widget is in English. */
  catalogue: Catalogue | undefined;
  /** False while the words of a newly chosen language are being fetched. */
  ready = true;
  #language: string | undefined | null = null;

  constructor(private readonly host: ReactiveControllerHost & Element) {
    host.addController(this);
  }

  /** The widget's words in its language, English for any the language's file lacks. */
  words<W extends object>(english: W, tag: string): W {
    const translated = this.catalogue?.[tag as CatalogueTag];
    return translated ? loadedSupport()!.wordsIn(english, translated) : english;
  }

  hostConnected(): void {
    connected.add(this);
    if (!observer) {
      observer = new MutationObserver(() => refreshAll());
      observer.observe(document.documentElement, { attributes: true, attributeFilter: ['lang', 'dir'], subtree: true });
      document.addEventListener(TRANSLATIONS_ADDED, refreshAgain);
    }
    this.refresh();
  }

  // The page's one observer stays, as the CDN loader's does: it watches two attributes and costs nothing idle.
  hostDisconnected(): void {
    connected.delete(this);
  }

  /**
   * Looks the language up again and redraws the host (its `dir` may have changed, which only the
   * host applies); `again` when a language's words were replaced.
   */
  refresh(again = false): void {
    if (again) this.#language = null;
    const before = this.#language;
    this.resolve();
    this.host.requestUpdate();
    const wanted = this.#language;
    if (this.ready || before === wanted) return;
    void languageSupport()
      .then((support) => support.loadCatalogue(wanted!))
      .then((catalogue) => {
        if (this.#language !== wanted) return;
        this.catalogue = catalogue;
        this.ready = true;
        this.host.requestUpdate();
      });
  }

  /**
   * Takes the language from the element and the words already loaded, without redrawing: what a
   * server render does, where nothing is connected (the renderer preloads the words).
   */
  resolve(): void {
    const language = matchLanguage(languageOf(this.host));
    if (language === this.#language) return;
    this.#language = language;
    this.catalogue = language === undefined ? undefined : loadedSupport()?.loadedCatalogue(language);
    this.ready = language === undefined || this.catalogue !== undefined;
  }
}
