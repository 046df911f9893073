import { html, nothing, type PropertyDeclarations, type TemplateResult } from 'lit';
import { cardStyles } from '../../styles/card.styles.js';
import { controlStyles } from '../../styles/controls.styles.js';
import { filterStyles } from '../../styles/filter.styles.js';
import { hostStyles } from '../../styles/host.styles.js';
import { FeedWidget } from '../../widget/feed-widget.js';
import { loadingState } from '../../widget/loading-state.js';
import { vacancyFeedSpec, type VacancyFeedData } from './vacancy-feed.spec.js';
import type { VacancyFeedStrings } from './vacancy-feed.strings.js';
import { vacancyFeedStyles } from './vacancy-feed.styles.js';
import type { VacancyFeedView, VacancyFiltersView, VacancyView } from './vacancy-feed.view.js';
import { isolated } from '../../i18n/bidi.js';

/**
 * @summary Live vacancies from partners' JobPosting feeds, with sector and contract filters and a Real Living Wage flag.
 *
 * @slot - Fallback shown before the script runs and if the data cannot be loaded: a link to the jobs portal, e.g. `<a href="…">Vacancies in Luton</a>`.
 *
 * @event {CustomEvent<LutonLoadDetail>} luton-load - The vacancies have been drawn. `detail: { resource: 'vacancies' }`.
 * @event {CustomEvent<LutonErrorDetail>} luton-error - The vacancies could not be loaded. `detail: { error }`.
 *
 * @csspart base - The whole feed.
 * @csspart title - In the error state, what went wrong.
 * @csspart filters - The sector and contract controls.
 * @csspart count - The "showing N of M open vacancies" line.
 * @csspart vacancy - One vacancy.
 * @csspart sample - The "sample data" label.
 * @csspart stale - "Out of date", with the copy's date, when the feed cannot be reached and the last good copy is shown.
 * @csspart living-wage - The Real Living Wage flag.
 * @csspart more - The "show more" button.
 * @csspart error - The feed when it shows an error.
 * @csspart detail - In the error state, the reason the feed gave.
 *
 * @cssproperty --luton-vacancy-feed-background - Background. Default: `--luton-color-surface`.
 * @cssproperty --luton-vacancy-feed-border-color - Border. Default: `--luton-color-border`.
 * @cssproperty --luton-vacancy-feed-max-width - Widest the feed grows. Default: `none`.
 * @cssproperty --luton-vacancy-feed-gap - Space between vacancies. Default: `0.75rem`.
 *
 * @example
 * <luton-vacancy-feed sector="construction" limit="3" src="https://example.org/feed/index.json"></luton-vacancy-feed>
 */
export class LutonVacancyFeed extends FeedWidget<VacancyFeedData, VacancyFeedView, VacancyFeedStrings> {
  static override styles = [hostStyles, cardStyles, controlStyles, filterStyles, vacancyFeedStyles];

  static override properties: PropertyDeclarations = {
    sector: { reflect: true },
    contract: { reflect: true },
    livingWage: { reflect: true, type: Boolean, attribute: 'living-wage' },
    limit: { reflect: true, type: Number },
    today: { reflect: true },
    hideFilters: { reflect: true, type: Boolean, attribute: 'hide-filters' },
    shown: { state: true },
  };

  /** Show one ESS priority sector, by id (e.g. `construction`). */
  declare sector: string | undefined;
  /** Show one contract type: a schema.org employment type such as `APPRENTICESHIP` or `PART_TIME`. */
  declare contract: string | undefined;
  /** Show only vacancies whose pay is at least the Real Living Wage in force when each was posted (none while the feed's rates are out of date). */
  declare livingWage: boolean;
  /** How many vacancies to show before "Show more". */
  declare limit: number;
  /** The date vacancies are judged open on, `YYYY-MM-DD`. Default: today. */
  declare today: string | undefined;
  /** `true` hides the filter controls (attribute filters still apply). */
  declare hideFilters: boolean;
  /** How many are shown after "Show more"; `undefined` until it is pressed, and after a filter changes. */
  declare private shown: number | undefined;

  protected readonly spec = vacancyFeedSpec;

  constructor() {
    super();
    this.livingWage = false;
    this.limit = 5;
    this.hideFilters = false;
  }

  /** "Show more" raises the number shown past `limit`. */
  protected override view(data: VacancyFeedData): VacancyFeedView {
    return this.spec.view(data, { ...this.widgetAttributes(), limit: String(this.shown ?? this.limit) }, this.words);
  }

  protected renderLoading(): TemplateResult {
    return loadingState(this.words.loading);
  }

  protected renderView(view: VacancyFeedView): TemplateResult {
    return html`<section part="base" aria-label=${view.heading} data-state=${view.empty ? 'no-data' : nothing}>
      ${view.sampleBanner ? html`<p part="sample" class="banner">${view.sampleBanner}</p>` : nothing}
      ${view.stale ? html`<p part="stale">${view.stale}</p>` : nothing}
      ${view.filters ? this.#renderFilters(view.filters) : nothing}
      <p part="count" role="status" class="count">${view.count}</p>
      <ul class="list">
        ${view.vacancies.map((v) => html`<li>${this.#renderVacancy(v)}</li>`)}
      </ul>
      ${view.more ? html`<button part="more" type="button" @click=${() => this.#showMore(view.vacancies.length)}>${view.more}</button>` : nothing}
      <p class="note">${view.wageNote}</p>
    </section>`;
  }

  #showMore(current: number): void {
    this.shown = current + this.limit;
    // Move focus to the first newly shown vacancy, so keyboard users carry on where they were.
    void this.updateComplete.then(() => this.shadowRoot?.querySelectorAll<HTMLElement>('[part~="vacancy"]')[current]?.focus());
  }

  #renderFilters({ label, sector, contract, livingWage }: VacancyFiltersView): TemplateResult {
    const change = (key: 'sector' | 'contract') => (event: Event) => {
      this[key] = (event.target as HTMLSelectElement).value || undefined;
      this.shown = undefined;
    };
    const options = (list: VacancyFiltersView['sector']['options']) => list.map((o) => html`<option value=${o.value} ?selected=${o.selected}>${o.label}</option>`);
    return html`<form part="filters" aria-label=${label} @submit=${(e: Event) => e.preventDefault()}>
      <label><span>${sector.label}</span><select name="sector" @change=${change('sector')}>${options(sector.options)}</select></label>
      <label><span>${contract.label}</span><select name="contract" @change=${change('contract')}>${options(contract.options)}</select></label>
      ${livingWage
        ? html`<label class="check"
            ><input type="checkbox" name="living-wage" .checked=${livingWage.checked} @change=${(e: Event) => {
              this.livingWage = (e.target as HTMLInputElement).checked;
              this.shown = undefined;
            }} /><span>${livingWage.label}</span></label
          >`
        : nothing}
    </form>`;
  }

  #renderVacancy(v: VacancyView): TemplateResult {
    const newTab = html`<span class="visually-hidden">${this.words.opensInNewTab}</span>`;
    // Every string below comes from a partner's feed: Lit renders it as text, never as HTML.
    return html`<article part="vacancy" tabindex="-1" aria-labelledby=${`v-${v.id}`}>
      <p class="title" id=${`v-${v.id}`}>
        ${v.url ? html`<a href=${v.url} target="_blank" rel="noopener noreferrer external">${isolated(v.title)}${newTab}</a>` : isolated(v.title)}
        ${v.sample ? html`<span part="sample" class="tag">${v.sample}</span>` : nothing}
      </p>
      <p class="employer">${v.employerUrl ? html`<a href=${v.employerUrl} target="_blank" rel="noopener noreferrer external">${isolated(v.employer)}</a>` : isolated(v.employer)}, ${isolated(v.locality)}</p>
      <ul class="facts">
        ${v.facts.map((fact) => html`<li>${fact}</li>`)}
        ${v.livingWage ? html`<li part="living-wage" class="good">${v.livingWage}</li>` : nothing}
      </ul>
    </article>`;
  }
}
