import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Catalogue } from '../i18n/catalogue.js';
import { languageOf } from '../i18n/language-of.js';
import { loadCatalogue, loadedCatalogue, matchLanguage, onTranslationRegistered } from '../i18n/translations.js';

const connected = new Set<LocaleController>();
let observer: MutationObserver | undefined;
let stopListening: (() => void) | undefined;

const refreshAll = () => connected.forEach((controller) => controller.refresh());

/**
 * Keeps a widget in its page's language. One observer for the whole page, as Shoelace's localize
 * controller has: any change of a `lang` or `dir` attribute in the document (the root's, a
 * `<luton-data>`'s, the widget's own) makes every widget look its language up again, and those
 * whose language changed redraw, once its words have loaded.
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

  hostConnected(): void {
    connected.add(this);
    if (!observer) {
      observer = new MutationObserver(refreshAll);
      observer.observe(document.documentElement, { attributes: true, attributeFilter: ['lang', 'dir'], subtree: true });
      stopListening = onTranslationRegistered(() => {
        connected.forEach((controller) => (controller.#language = null));
        refreshAll();
      });
    }
    this.refresh();
  }

  hostDisconnected(): void {
    connected.delete(this);
    if (connected.size === 0) {
      observer?.disconnect();
      stopListening?.();
      observer = stopListening = undefined;
    }
  }

  /** Looks the language up again; redraws the host if it changed (or its `dir`, which only the host applies). */
  refresh(): void {
    const language = this.#language;
    this.resolve();
    this.host.requestUpdate();
    if (this.ready || language === this.#language) return;
    const wanted = this.#language!;
    void loadCatalogue(wanted).then((catalogue) => {
      if (this.#language !== wanted) return;
      this.catalogue = catalogue;
      this.ready = true;
      this.host.requestUpdate();
    });
  }

  /**
   * Takes the language from the element and the words already loaded, without redrawing: what a
   * server render does, where nothing is connected (the renderer loads the words first).
   */
  resolve(): void {
    const language = matchLanguage(languageOf(this.host));
    if (language === this.#language) return;
    this.#language = language;
    this.catalogue = loadedCatalogue(language);
    this.ready = language === undefined || this.catalogue !== undefined;
  }
}
