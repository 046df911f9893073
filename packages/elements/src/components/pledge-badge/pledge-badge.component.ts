import { UnreadableRecordError } from '@luton2040/sdk';
import { html, nothing, type PropertyDeclarations, type TemplateResult } from 'lit';
import { cardStyles } from '../../styles/card.styles.js';
import { controlStyles } from '../../styles/controls.styles.js';
import { disclosureStyles } from '../../styles/disclosure.styles.js';
import { hostStyles } from '../../styles/host.styles.js';
import { FeedWidget } from '../../widget/feed-widget.js';
import { errorState } from '../../widget/states.js';
import type { Attributes } from '../../widget/widget-spec.js';
import { pledgeBadgeSpec, type PledgeBadgeData } from './pledge-badge.spec.js';
import type { PledgeBadgeStrings } from './pledge-badge.strings.js';
import { pledgeBadgeStyles } from './pledge-badge.styles.js';
import type { PledgeBadgeView } from './pledge-badge.view.js';
import { dataText } from '../../i18n/bidi.js';

/**
 * @summary An organisation's Luton 2040 pledge as the registry holds it, verified by its signature.
 *
 * @slot - Fallback shown before the script runs, while the pledge loads and if it cannot be shown: put a plain link to the registry entry here.
 *
 * @event {CustomEvent<LutonLoadDetail>} luton-load - The pledge has been drawn. `detail: { resource: 'pledges', id }`.
 * @event {CustomEvent<LutonErrorDetail>} luton-error - The pledge could not be loaded. `detail: { error }`.
 *
 * @csspart base - The badge.
 * @csspart title - In the error state, what went wrong.
 * @csspart seal - The verified / not verified mark and its words.
 * @csspart name - The organisation's name.
 * @csspart details - The expanded view: commitments, partnership pledges, dates.
 * @csspart sample - The "sample data" label.
 * @csspart stale - "Out of date", with the copy's date, when the feed cannot be reached and the last good copy is shown.
 * @csspart error - The badge when the pledge cannot be shown (the fallback link stays inside it).
 * @csspart detail - In the error state, the reason the feed gave.
 *
 * @cssproperty --luton-pledge-badge-background - Background. Default: `--luton-color-surface`.
 * @cssproperty --luton-pledge-badge-border-color - Border. Default: `--luton-color-border`.
 * @cssproperty --luton-pledge-badge-max-width - Widest the badge grows. Default: `32rem`.
 * @cssproperty --luton-pledge-badge-verified-color - Colour of the verified seal. Default: `--luton-color-good`.
 *
 * @example
 * <luton-pledge-badge org="sample-bakery-ltd" registry-key="REGISTRY_PUBLIC_KEY" src="https://example.org/feed/index.json">
 *   <a href="https://example.org/pledges/sample-bakery-ltd">Our Luton 2040 Pledge</a>
 * </luton-pledge-badge>
 */
export class LutonPledgeBadge extends FeedWidget<PledgeBadgeData, PledgeBadgeView, PledgeBadgeStrings> {
  static override styles = [hostStyles, cardStyles, controlStyles, disclosureStyles, pledgeBadgeStyles];

  static override properties: PropertyDeclarations = {
    org: { reflect: true },
    variant: { reflect: true },
    registryKey: { reflect: true, attribute: 'registry-key' },
    today: { reflect: true },
  };

  /** Id of the organisation whose pledge to show. */
  declare org: string | undefined;
  /** `compact` (default): a badge that opens to the full pledge; `expanded`: the full pledge at once. */
  declare variant: 'compact' | 'expanded';
  /** The registry's Ed25519 public key (raw, base64url). Default: the one given to `<luton-data registry-key>`. */
  declare registryKey: string | undefined;
  /** The date pledges are judged on, `YYYY-MM-DD` (review dates pass). Default: today. */
  declare today: string | undefined;

  protected readonly spec = pledgeBadgeSpec;

  constructor() {
    super();
    this.variant = 'compact';
  }

  /** The key: the badge's own, else the one given to the enclosing <luton-data> (so that `today` applies to it too). */
  protected override queryAttributes(): Attributes {
    const attributes = this.widgetAttributes();
    return { ...attributes, 'registry-key': attributes['registry-key'] ?? this.closest('luton-data')?.getAttribute('registry-key') ?? undefined };
  }

  /** A record that failed validation says nothing: neither that the pledge is valid nor that there is none. */
  protected override renderError(error: unknown): TemplateResult {
    if (!(error instanceof UnreadableRecordError)) return super.renderError(error);
    return errorState({ message: this.words.unreadable(error.organisation, this.org), detail: error.message });
  }

  // The page author's fallback link shows until the pledge is drawn.
  protected renderLoading(): TemplateResult {
    return html`<div part="base" aria-busy="true"><slot></slot></div>`;
  }

  protected renderView(view: PledgeBadgeView): TemplateResult {
    const seal = html`<span part="seal" class=${view.verified ? 'seal verified' : 'seal unverified'}>
      <span aria-hidden="true">${view.seal.mark}</span> ${view.seal.text}
    </span>`;
    const name = html`<span part="name">${dataText(view.name)}</span>`;
    const sample = html`${view.sample ? html`<span part="sample" class="tag">${view.sample}</span>` : nothing}${view.stale ? html` <span part="stale" class="tag">${view.stale}</span>` : nothing}`;
    if (view.expanded) {
      return html`<section part="base" data-verdict=${view.verdict} aria-label=${view.label}>
        <p class="heading">${view.heading} ${sample}</p>
        <p>${name}</p>
        ${seal} ${this.#renderDetails(view)}
      </section>`;
    }
    return html`<details part="base" data-verdict=${view.verdict}>
      <summary><span class="heading">${view.heading}</span> ${name} ${sample} ${seal}</summary>
      ${this.#renderDetails(view)}
    </details>`;
  }

  #renderDetails({ commitments, partnership, dates, registry, website }: PledgeBadgeView): TemplateResult {
    const newTab = html`<span class="visually-hidden">${this.words.opensInNewTab}</span>`;
    return html`<div part="details">
      ${commitments.groups.length
        ? html`<p class="subheading">${commitments.heading}</p>
            <ul class="commitments">
              ${commitments.groups.map(
                (g) => html`<li>
                  <span class="priority">${g.priority}</span>
                  <ul>${g.items.map((text) => html`<li>${text}</li>`)}</ul>
                </li>`,
              )}
            </ul>`
        : nothing}
      ${partnership.items.length
        ? html`<p class="subheading">${partnership.heading}</p>
            <ul>${partnership.items.map((text) => html`<li>${text}</li>`)}</ul>`
        : nothing}
      <p class="dates">${dates}</p>
      <p class="links">
        ${registry ? html`<a href=${registry.href} target="_blank" rel="noopener noreferrer">${registry.text}${newTab}</a>` : nothing}
        ${website ? html`<a href=${website.href} target="_blank" rel="noopener noreferrer external">${website.text}${newTab}</a>` : nothing}
      </p>
    </div>`;
  }
}
