import { ContextEvent } from '@lit/context';
import type { LutonClient } from '@luton2040/sdk';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { clientContext } from '../context.js';
import { sharedClient } from '../shared-clients.js';

type Host = ReactiveControllerHost & HTMLElement & { src?: string | undefined };

/**
 * Finds the client a widget reads from: its own `src` first, then the nearest `<luton-data>`,
 * then the published default feed.
 *
 * The CDN loader defines tags in whatever order their code arrives, so a widget may be defined
 * before the `<luton-data>` around it. Then it waits for that provider instead of falling back to
 * the default feed (which would fetch the wrong data, or fail, first).
 */
export class FeedClientController implements ReactiveController {
  /** The enclosing `<luton-data>`'s client, once it has answered. */
  #provided: LutonClient | undefined;
  /** Stops the provider's updates; a provider that takes over calls with its own. */
  #unsubscribe: (() => void) | undefined;
  #asking = false;
  #waitingForProvider = false;

  constructor(private readonly host: Host) {
    host.addController(this);
  }

  /** The client to read from; `undefined` while an enclosing `<luton-data>` is not defined yet. */
  get client(): LutonClient | undefined {
    if (this.host.src) return sharedClient(this.host.src);
    if (this.#waitingForProvider) return undefined;
    return this.#provided ?? sharedClient();
  }

  hostConnected(): void {
    if (this.#waitingForProvider) return;
    if (!this.#asking && this.host.closest('luton-data') && !customElements.get('luton-data')) {
      this.#waitingForProvider = true;
      void customElements.whenDefined('luton-data').then(() => {
        this.#waitingForProvider = false;
        if (this.host.isConnected) this.#ask();
        this.host.requestUpdate();
      });
      return;
    }
    this.#ask();
  }

  hostDisconnected(): void {
    this.#unsubscribe?.();
    this.#unsubscribe = undefined;
  }

  /**
   * Asks the nearest provider for the client and its later changes: @lit/context's request event,
   * answered by `<luton-data>`'s ContextProvider. (Its ContextConsumer does this and more, in bytes
   * every KPI page would carry.)
   */
  #ask(): void {
    this.#asking = true;
    this.host.dispatchEvent(
      new ContextEvent(
        clientContext,
        this.host,
        (client, unsubscribe) => {
          if (this.#unsubscribe !== unsubscribe) this.#unsubscribe?.();
          this.#unsubscribe = unsubscribe;
          this.#provided = client;
          this.host.requestUpdate();
        },
        true,
      ),
    );
  }
}
