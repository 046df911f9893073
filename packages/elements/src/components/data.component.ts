import { provide } from '@lit/context';
import type { LutonClient } from '@luton2040/sdk';
import { LitElement, css, html, type PropertyValues } from 'lit';
import { property } from 'lit/decorators.js';
import { clientContext } from '../context.js';
import { sharedClient } from '../shared-clients.js';

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

  /** Address of the feed's `index.json` manifest. Without it, the published default feed is used. */
  @property({ reflect: true }) accessor src: string | undefined;

  /**
   * The pledge registry's Ed25519 public key (raw, base64url), so that `<luton-pledge-badge>`
   * can verify pledges. It is configuration, not data: it must not come from the feed it checks.
   */
  @property({ reflect: true, attribute: 'registry-key' }) accessor registryKey: string | undefined;

  /** The client the widgets inside receive. Set it from script to inject a custom one. */
  @provide({ context: clientContext })
  @property({ attribute: false })
  accessor client: LutonClient = sharedClient();

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('src') || changed.has('registryKey')) this.client = sharedClient(this.src, this.registryKey);
  }

  protected override render() {
    return html`<slot></slot>`;
  }
}
