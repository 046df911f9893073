import type { LutonClient } from '@luton2040/sdk';
import { LitElement, type PropertyDeclarations, type PropertyValues, type ReactiveElement, type TemplateResult } from 'lit';
import { FeedClientController } from '../controllers/feed-client.controller.js';
import { LocaleController } from '../controllers/locale.controller.js';
import { emit } from '../events.js';
import type { WidgetStrings } from '../i18n/common.strings.js';
import { describeError, errorState } from './states.js';
import type { Attributes, WidgetSpec } from './widget-spec.js';

/**
 * What every `luton-*` widget does with the feed, written once: find its client (own `src`, the
 * enclosing `<luton-data>`, or the default feed), read what its spec asks for with an abort signal,
 * draw a server-rendered `preloaded` copy at once, and announce `luton-load` / `luton-error`.
 * A widget names its spec and lays out the spec's view; it never handles the task itself.
 */
export abstract class FeedWidget<Data, View, Words extends WidgetStrings = WidgetStrings> extends LitElement {
  // Declared statically rather than with decorators: the decorator helpers the build emits would
  // otherwise be copied into this shared chunk too, and every KPI-only page counts its bytes.
  static override properties: PropertyDeclarations = {
    src: { reflect: true },
    theme: { reflect: true },
    preloaded: { type: Object },
  };

  /** Feed manifest address; overrides an enclosing `<luton-data>`. */
  declare src: string | undefined;

  /** Colour scheme: follows the page unless set to `light`, `dark` or `auto` (the visitor's setting). */
  declare theme: 'light' | 'dark' | 'auto' | undefined;

  /**
   * The data to draw before the feed answers, as JSON. `@luton2040/render` writes it into
   * server-rendered HTML, so that the widget upgrades over its declarative shadow root without
   * showing a loading state; the feed is still read and replaces it.
   */
  declare preloaded: Data | undefined;

  /** The widget's definition: what it reads and what it says (see widget-spec.ts). */
  protected abstract readonly spec: WidgetSpec<unknown, Data, View, Words>;

  readonly #feed = new FeedClientController(this);
  readonly #locale = new LocaleController(this);

  /** The widget's words in its language (see languageOf), English for any the language lacks. */
  protected get words(): Words {
    return this.#locale.words(this.spec.words, this.spec.tag);
  }

  /** The answer to the current query: its data, or why there is none; undefined while it is read. */
  #answer: { data: Data } | { error: unknown } | undefined;
  /** What the current answer is for: the query (as `#queryKey` writes it) and the client asked. */
  #askedFor: readonly [string, LutonClient | undefined] | undefined;
  /** The read under way, aborted when a newer one replaces it; only its answer is kept. */
  #reading: AbortController | undefined;

  constructor() {
    super();
    // Read in the update phase, as a controller, so that the first render already shows the loading
    // state. These few lines do what @lit/task did here, without its module in every page's core chunk.
    this.addController({ hostUpdate: () => this.#readIfAsked() });
  }

  /**
   * The widget's data once loaded. It is read again when the client changes or when an attribute
   * changes what the spec's query asks for; attributes that only change the view do not.
   */
  protected get data(): Data | undefined {
    return this.#answer && 'data' in this.#answer ? this.#answer.data : undefined;
  }

  #readIfAsked(): void {
    const asked = [this.#queryKey(), this.#feed.client] as const;
    if (this.#askedFor?.[0] === asked[0] && this.#askedFor[1] === asked[1]) return;
    this.#askedFor = asked;
    void this.#read(asked[1]);
  }

  async #read(client: LutonClient | undefined): Promise<void> {
    this.#reading?.abort();
    const reading = (this.#reading = new AbortController());
    this.#answer = undefined;
    this.requestUpdate();
    // Without a client yet (no feed found so far) there is nothing to read: the loading state stays.
    if (!client) return;
    let answer: { data: Data } | { error: unknown };
    try {
      answer = { data: await this.spec.load(client, this.spec.query(this.queryAttributes()), reading.signal) };
    } catch (error) {
      answer = { error };
    }
    if (this.#reading !== reading) return;
    this.preloaded = undefined;
    try {
      if ('data' in answer) {
        this.loaded(answer.data);
        emit(this, 'luton-load', this.spec.loadDetail(answer.data));
      } else {
        const { error } = answer;
        emit(this, 'luton-error', { error: error instanceof Error ? error : new Error(String(error)) });
      }
    } finally {
      this.#answer = answer;
      this.requestUpdate();
    }
  }

  /**
   * The element's attributes as the spec reads them, taken from its properties, so that a property
   * set from script counts at once (before it is reflected): a boolean that is set is `''`.
   */
  protected widgetAttributes(): Attributes {
    const attributes: Record<string, string> = {};
    for (const [name, { attribute, state }] of (this.constructor as typeof ReactiveElement).elementProperties) {
      const value: unknown = this[name as keyof this];
      // An absent attribute is left out, as it is from a server's list.
      if (attribute !== false && !state && value != null && value !== false) {
        attributes[typeof attribute === 'string' ? attribute : String(name).toLowerCase()] = value === true ? '' : String(value);
      }
    }
    return attributes;
  }

  /** The attributes the query is made from; a widget may add what its page gives it (see the pledge badge). */
  protected queryAttributes(): Attributes {
    return this.widgetAttributes();
  }

  /** Identifies the current query, so the task runs again only when it changes. */
  #queryKey(): string {
    try {
      return JSON.stringify(this.spec.query(this.queryAttributes()));
    } catch (error) {
      return `error: ${String(error)}`;
    }
  }

  /** The view of `data` for the element's current attributes. */
  protected view(data: Data): View {
    return this.spec.view(data, this.widgetAttributes(), this.words);
  }

  /** Called with each newly loaded copy of the data, before it is drawn. */
  protected loaded(_data: Data): void {}

  protected abstract renderView(view: View): TemplateResult;
  protected abstract renderLoading(): TemplateResult;

  /** Every widget's error state (see states.ts), in the widget's words. */
  protected renderError(error: unknown): TemplateResult {
    return errorState(describeError(error, this.words));
  }

  /**
   * A server-rendered page gives the element a declarative shadow root holding the server's copy,
   * which Lit would render beside. It is emptied here and redrawn from `preloaded` in the same
   * task, so nothing is painted in between.
   */
  protected override createRenderRoot(): HTMLElement | DocumentFragment {
    this.shadowRoot?.replaceChildren();
    return super.createRenderRoot();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    // A server render connects nothing: the language comes from the element's own attribute.
    if (!this.isConnected) this.#locale.resolve();
  }

  /**
   * The content says which language it is in and which way it runs: the words' language (English
   * where the page's has no catalogue, so a screen reader does not read English in another voice),
   * and the widget's own `dir` if it has one, else the language's.
   */
  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    const catalogue = this.#locale.catalogue;
    const lang = catalogue?.locale ?? this.spec.words.locale;
    const dir = this.getAttribute('dir') ?? catalogue?.dir ?? 'ltr';
    for (const child of Array.from(this.renderRoot.children)) {
      child.setAttribute('lang', lang);
      child.setAttribute('dir', dir);
    }
  }

  protected override render(): TemplateResult {
    // Until a newly chosen language's words arrive, the skeleton: never a flash of English.
    if (!this.#locale.ready) return this.renderLoading();
    const answer = this.#answer;
    if (answer) return 'data' in answer ? this.renderView(this.view(answer.data)) : this.renderError(answer.error);
    return this.preloaded ? this.renderView(this.view(this.preloaded)) : this.renderLoading();
  }
}
