import { ContextConsumer } from '@lit/context';
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
  #consumer: ContextConsumer<typeof clientContext, Host> | undefined;
  #waitingForProvider = false;

  constructor(private readonly host: Host) {
    host.addController(this);
  }

  /** The client to read from; `undefined` while an enclosing `<luton-data>` is not defined yet. */
  get client(): LutonClient | undefined {
    if (this.host.src) return sharedClient(this.host.src);
    if (this.#waitingForProvider) return undefined;
    return this.#consumer?.value ?? sharedClient();
  }

  hostConnected(): void {
    if (this.#consumer || this.#waitingForProvider) return;
    if (this.host.closest('luton-data') && !customElements.get('luton-data')) {
      this.#waitingForProvider = true;
      void customElements.whenDefined('luton-data').then(() => {
        this.#waitingForProvider = false;
        this.#consume();
        this.host.requestUpdate();
      });
      return;
    }
    this.#consume();
  }

  #consume(): void {
    // Adding the consumer to a connected host sends its context request at once.
    this.#consumer = new ContextConsumer(this.host, { context: clientContext, subscribe: true });
  }
}
