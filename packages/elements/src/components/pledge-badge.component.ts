import { NotFoundError, UnreadableRecordError, type LutonClient } from '@luton2040/sdk';
import { html, nothing, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { safeHttpUrl } from '@luton2040/sdk';
import { hostStyles } from '../styles/host.styles.js';
import { FeedWidget } from './feed-widget.js';
import { loadBadgeView, type BadgeVerdict, type BadgeView } from './pledge-badge.data.js';
import { pledgeBadgeStyles } from './pledge-badge.styles.js';

export const verdictText: Record<BadgeVerdict, string> = {
  verified: 'Verified by the Luton 2040 pledge registry',
  unsigned: 'Not verified: the record is not signed by the registry',
  'invalid-signature': 'Not verified: the signature does not match (the record may have been altered)',
  expired: 'Not verified: the pledge is past its review date',
  revoked: 'Not verified: the registry has withdrawn this pledge',
  'no-key': 'Not verified: no registry key is configured to check it',
  'future-dated': 'Not verified: the record is dated after today',
  outdated: 'Not verified: the registry’s confirmation of this record has run out (it may have been withdrawn since)',
  'bad-key': 'Not verified: the registry key set on this page is not a valid key (a setting of the page to correct)',
};

// A record that failed validation says nothing: neither that the pledge is valid nor that there is none.
const unreadable = (error: UnreadableRecordError, org: string | undefined) =>
  error.organisation
    ? `The registry’s record for “${error.organisation}” could not be read.`
    : `The registry holds a record that could not be read, so whether “${org}” has a pledge cannot be said.`;

/**
 * @summary An organisation's Luton 2040 pledge as the registry holds it, verified by its signature.
 *
 * @slot - Fallback shown before the script runs and if the pledge cannot be loaded: put a plain link to the registry entry here.
 *
 * @event {CustomEvent<LutonLoadDetail>} luton-load - The pledge has been drawn. `detail: { resource: 'pledges', id }`.
 * @event {CustomEvent<LutonErrorDetail>} luton-error - The pledge could not be loaded. `detail: { error }`.
 *
 * @csspart base - The badge.
 * @csspart seal - The verified / not verified mark and its words.
 * @csspart name - The organisation's name.
 * @csspart details - The expanded view: commitments, partnership pledges, dates.
 * @csspart sample - The "sample data" label.
 * @csspart error - The badge when the pledge cannot be shown (the fallback link stays inside it).
 *
 * @cssproperty --luton-pledge-verified-color - Colour of the verified seal. Default: `--luton-color-good`.
 * @cssproperty --luton-pledge-max-width - Widest the badge grows. Default: `32rem`.
 *
 * @example
 * <luton-pledge-badge org="sample-bakery-ltd" registry-key="REGISTRY_PUBLIC_KEY" src="https://example.org/feed/index.json">
 *   <a href="https://example.org/pledges/sample-bakery-ltd">Our Luton 2040 Pledge</a>
 * </luton-pledge-badge>
 */
export class LutonPledgeBadge extends FeedWidget<BadgeView> {
  static override styles = [hostStyles, pledgeBadgeStyles];

  /** Id of the organisation whose pledge to show. */
  @property({ reflect: true }) accessor org: string | undefined;
  /** `compact` (default): a badge that opens to the full pledge; `expanded`: the full pledge at once. */
  @property({ reflect: true }) accessor variant: 'compact' | 'expanded' = 'compact';
  /** The registry's Ed25519 public key (raw, base64url). Default: the one given to `<luton-data registry-key>`. */
  @property({ reflect: true, attribute: 'registry-key' }) accessor registryKey: string | undefined;
  /** The date pledges are judged on, `YYYY-MM-DD` (review dates pass). Default: today. */
  @property({ reflect: true }) accessor today: string | undefined;

  protected loadArgs() {
    return [this.org, this.registryKey, this.today];
  }

  protected async load(client: LutonClient, signal: AbortSignal): Promise<BadgeView | undefined> {
    if (!this.org) return undefined;
    // The key: the badge's own, else the one given to the enclosing <luton-data> (so that `today` applies to it too).
    const registryKey = this.registryKey ?? this.closest('luton-data')?.getAttribute('registry-key') ?? undefined;
    return loadBadgeView(client, { org: this.org, registryKey, today: this.today ?? new Date().toISOString().slice(0, 10) }, signal);
  }

  protected loadDetail(view: BadgeView) {
    return { resource: 'pledges', id: view.pledge.id };
  }

  protected renderLoading(): TemplateResult {
    return html`<div part="base" aria-busy="true"><slot></slot></div>`;
  }

  protected renderMissing(): TemplateResult {
    return html`<slot></slot>`;
  }

  // The fallback link the page author gave stays usable when the registry cannot be read.
  protected renderError(error: unknown): TemplateResult {
    return html`<div part="base error" class="unavailable" role=${error instanceof NotFoundError ? nothing : 'alert'}>
      <p>${error instanceof NotFoundError ? `No Luton 2040 pledge is registered for “${this.org}”.` : error instanceof UnreadableRecordError ? unreadable(error, this.org) : 'This pledge could not be loaded.'}</p>
      ${error instanceof Error && !(error instanceof NotFoundError) ? html`<p class="detail">${error.message}</p>` : nothing}
      <slot></slot>
    </div>`;
  }

  protected renderView(view: BadgeView): TemplateResult {
    const { pledge, verdict } = view;
    const verified = verdict === 'verified';
    const seal = html`<span part="seal" class=${verified ? 'seal verified' : 'seal unverified'}>
      <span aria-hidden="true">${verified ? '✔' : '!'}</span> ${verdictText[verdict]}
    </span>`;
    const name = html`<span part="name">${pledge.organisation.name}</span>`;
    const sample = pledge.sample ? html`<span part="sample" class="tag">Sample data</span>` : nothing;
    if (this.variant === 'expanded') {
      return html`<section part="base" data-verdict=${verdict} aria-label=${`Luton 2040 pledge of ${pledge.organisation.name}`}>
        <p class="heading">Luton 2040 Pledge ${sample}</p>
        <p>${name}</p>
        ${seal} ${this.#renderDetails(view)}
      </section>`;
    }
    return html`<details part="base" data-verdict=${verdict}>
      <summary><span class="heading">Luton 2040 Pledge</span> ${name} ${sample} ${seal}</summary>
      ${this.#renderDetails(view)}
    </details>`;
  }

  #renderDetails({ pledge, priorities, schemes }: BadgeView): TemplateResult {
    const registry = safeHttpUrl(pledge.registryUrl);
    const website = safeHttpUrl(pledge.organisation.url);
    const partnership = schemes.filter((s) => s.kind === 'partnership-pledge' && pledge.partnershipPledges.includes(s.id as never));
    const byPriority = [...priorities]
      .sort((a, b) => a.order - b.order)
      .map((p) => ({ priority: p, commitments: pledge.commitments.filter((c) => c.priority === p.id) }))
      .filter((g) => g.commitments.length > 0);
    return html`<div part="details">
      ${byPriority.length
        ? html`<p class="subheading">Commitments</p>
            <ul class="commitments">
              ${byPriority.map(
                (g) => html`<li>
                  <span class="priority">${g.priority.title}</span>
                  <ul>${g.commitments.map((c) => html`<li>${c.text}</li>`)}</ul>
                </li>`,
              )}
            </ul>`
        : nothing}
      ${partnership.length
        ? html`<p class="subheading">Employment &amp; Skills Strategy partnership pledges</p>
            <ul>${partnership.map((s) => html`<li>${s.text}</li>`)}</ul>`
        : nothing}
      <p class="dates">Made ${pledge.madeOn}${pledge.reviewOn ? html`; review due ${pledge.reviewOn}` : nothing}.</p>
      <p class="links">
        ${registry ? html`<a href=${registry} target="_blank" rel="noopener noreferrer">Registry entry<span class="visually-hidden"> (opens in a new tab)</span></a>` : nothing}
        ${website ? html`<a href=${website} target="_blank" rel="noopener noreferrer external">Organisation website<span class="visually-hidden"> (opens in a new tab)</span></a>` : nothing}
      </p>
    </div>`;
  }
}

export type { BadgeVerdict, BadgeView } from './pledge-badge.data.js';
