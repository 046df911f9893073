import { ContextConsumer } from '@lit/context';
import type { LutonClient } from '@luton2040/sdk';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { clientContext } from '../context.js';
import { sharedClient } from '../shared-clients.js';

type Host = ReactiveControllerHost & HTMLElement & { src?: string | undefined };

/**
 * Finds the client a widget reads from: its own `src` first, then the nearest `<luton-data>`,
 * then the published default feed.
 */
export class FeedClientController implements ReactiveController {
  readonly #consumer: ContextConsumer<typeof clientContext, Host>;

  constructor(private readonly host: Host) {
    this.#consumer = new ContextConsumer(host, { context: clientContext, subscribe: true });
    host.addController(this);
  }

  get client(): LutonClient {
    if (this.host.src) return sharedClient(this.host.src);
    return this.#consumer.value ?? sharedClient();
  }

  hostConnected(): void {}
}
