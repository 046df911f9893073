import { ContextProvider } from '@lit/context';
import type { LutonClient } from '@luton2040/sdk';
import { LitElement, css, html, type PropertyDeclarations, type PropertyValues } from 'lit';
import { clientContext } from '../../context.js';
import { sharedClient } from '../../shared-clients.js';

/**
 * @summary Supplies the feed to every `luton-*` widget inside it, so that the address is written once.
 *
 * @slot - The widgets (and any other content) that read from this feed.
 *
 * @example
 * <luton-data src="https://example.org/feed/index.json">
 *   <luton-kpi kpi="neet-rate"></luton-kpi>
 * </luton-data>
 */
export class LutonData extends LitElement {
  static override styles = css`
    :host {
      display: contents;
    }
  `;

  static override properties: PropertyDeclarations = {
    src: { reflect: true },
    registryKey: { reflect: true, attribute: 'registry-key' },
    client: { attribute: false },
  };

  /** Address of the feed's `index.json` manifest. Without it, the published default feed is used. */
  declare src: string | undefined;

  /**
   * The pledge registry's Ed25519 public key (raw, base64url), so that `<luton-pledge-badge>`
   * can verify pledges. It is configuration, not data: it must not come from the feed it checks.
   */
  declare registryKey: string | undefined;

  // Provides from construction, so that widgets inside that ask before the first update get an answer.
  readonly #provider = new ContextProvider(this, { context: clientContext, initialValue: sharedClient() });

  /** The client the widgets inside receive. Set it from script to inject a custom one. */
  get client(): LutonClient {
    return this.#provider.value;
  }

  set client(client: LutonClient) {
    this.#provider.setValue(client);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('src') || changed.has('registryKey')) this.client = sharedClient(this.src, this.registryKey);
  }

  protected override render() {
    return html`<slot></slot>`;
  }
}
