import { initialState, Task } from '@lit/task';
import type { LutonClient } from '@luton2040/sdk';
import { LitElement, type PropertyDeclarations, type TemplateResult } from 'lit';
import { FeedClientController } from '../controllers/feed-client.controller.js';
import { emit, type LutonLoadDetail } from '../events.js';

/**
 * What every `luton-*` widget does with the feed, written once: find its client (own `src`, the
 * enclosing `<luton-data>`, or the default feed), load its view with an abort signal, draw a
 * server-rendered `preloaded` view at once, and announce `luton-load` / `luton-error`.
 * A widget says how to load and how to draw; it never handles the task itself.
 */
export abstract class FeedWidget<View> extends LitElement {
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
  declare preloaded: View | undefined;

  readonly #feed = new FeedClientController(this);

  /** The widget's data: `value` once loaded. Its arguments are `loadArgs()` and the client. */
  protected readonly data = new Task(this, {
    args: () => [...this.loadArgs(), this.#feed.client] as const,
    task: async (args, { signal }): Promise<View | undefined | typeof initialState> => {
      const client = args.at(-1) as LutonClient | undefined;
      return client ? this.load(client, signal) : initialState;
    },
    onComplete: (view) => {
      this.preloaded = undefined;
      this.loaded(view);
      if (view) emit(this, 'luton-load', this.loadDetail(view));
    },
    onError: (error) => {
      this.preloaded = undefined;
      emit(this, 'luton-error', { error: error instanceof Error ? error : new Error(String(error)) });
    },
  });

  /** The attribute values that, when they change, load the data again. */
  protected abstract loadArgs(): readonly unknown[];
  /** Loads the view; `undefined` when a required attribute is missing. */
  protected abstract load(client: LutonClient, signal: AbortSignal): Promise<View | undefined>;
  /** What `luton-load` says was drawn. */
  protected abstract loadDetail(view: View): LutonLoadDetail;
  protected abstract renderLoading(): TemplateResult;
  protected abstract renderView(view: View): TemplateResult;
  /** Drawn when a required attribute is missing. */
  protected abstract renderMissing(): TemplateResult;
  protected abstract renderError(error: unknown): TemplateResult;
  /** Called with each newly loaded view, before it is drawn. */
  protected loaded(_view: View | undefined): void {}

  /**
   * A server-rendered page gives the element a declarative shadow root holding the server's copy,
   * which Lit would render beside. It is emptied here and redrawn from `preloaded` in the same
   * task, so nothing is painted in between.
   */
  protected override createRenderRoot(): HTMLElement | DocumentFragment {
    this.shadowRoot?.replaceChildren();
    return super.createRenderRoot();
  }

  protected override render(): TemplateResult {
    const early = () => (this.preloaded ? this.renderView(this.preloaded) : this.renderLoading());
    return this.data.render({
      initial: early,
      pending: early,
      complete: (view) => (view ? this.renderView(view) : this.renderMissing()),
      error: (error) => this.renderError(error),
    });
  }
}
