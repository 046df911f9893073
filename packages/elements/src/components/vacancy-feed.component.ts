import { checkLivingWage, livingWageNote, type LivingWageStatus, type LutonClient, type Sector, type Vacancy } from '@luton2040/sdk';
import { html, nothing, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { en } from '../i18n/en.js';
import { safeHttpUrl } from '@luton2040/sdk';
import { hostStyles } from '../styles/host.styles.js';
import { FeedWidget } from './feed-widget.js';
import { listError } from './list-error.js';
import {
  employmentTypeLabels,
  formatDate,
  formatSalary,
  openVacancies,
} from './vacancy-feed.model.js';
import { loadFeedData, type FeedData } from './vacancy-feed.data.js';
import { vacancyFeedStyles } from './vacancy-feed.styles.js';

/**
 * @summary Live vacancies from partners' JobPosting feeds, with sector and contract filters and a Real Living Wage flag.
 *
 * @slot - Fallback shown before the script runs and if the data cannot be loaded: a link to the source, e.g. `<a href="…">NEET rate in Luton (source)</a>`.
 *
 * @event {CustomEvent<LutonLoadDetail>} luton-load - The vacancies have been drawn. `detail: { resource: 'vacancies' }`.
 * @event {CustomEvent<LutonErrorDetail>} luton-error - The vacancies could not be loaded. `detail: { error }`.
 *
 * @csspart base - The whole feed.
 * @csspart filters - The sector and contract controls.
 * @csspart vacancy - One vacancy.
 * @csspart sample - The "sample data" label.
 * @csspart living-wage - The Real Living Wage flag.
 * @csspart more - The "show more" button.
 * @csspart error - The feed when it shows an error.
 *
 * @cssproperty --luton-vacancy-gap - Space between vacancies. Default: `0.75rem`.
 *
 * @example
 * <luton-vacancy-feed sector="construction" limit="3" src="https://example.org/feed/index.json"></luton-vacancy-feed>
 */
export class LutonVacancyFeed extends FeedWidget<FeedData> {
  static override styles = [hostStyles, vacancyFeedStyles];

  /** Show one ESS priority sector, by id (e.g. `construction`). */
  @property({ reflect: true }) accessor sector: string | undefined;
  /** Show one contract type: a schema.org employment type such as `APPRENTICESHIP` or `PART_TIME`. */
  @property({ reflect: true }) accessor contract: string | undefined;
  /** Show only vacancies whose pay is at least the Real Living Wage in force when each was posted (none while the feed's rates are out of date). */
  @property({ reflect: true, type: Boolean, attribute: 'living-wage' }) accessor livingWage = false;
  /** How many vacancies to show before "Show more". */
  @property({ reflect: true, type: Number }) accessor limit = 5;
  /** The date vacancies are judged open on, `YYYY-MM-DD`. Default: today. */
  @property({ reflect: true }) accessor today: string | undefined;
  /** `true` hides the filter controls (attribute filters still apply). */
  @property({ reflect: true, type: Boolean, attribute: 'hide-filters' }) accessor hideFilters = false;

  @state() private accessor shown: number | undefined;

  protected loadArgs() {
    return [];
  }

  protected load(client: LutonClient, signal: AbortSignal): Promise<FeedData> {
    return loadFeedData(client, signal);
  }

  protected loadDetail() {
    return { resource: 'vacancies' };
  }

  protected renderMissing(): TemplateResult {
    return this.renderLoading();
  }

  protected renderError(error: unknown): TemplateResult {
    return listError(error);
  }

  protected renderLoading(): TemplateResult {
    return html`<div part="base" aria-busy="true"><p role="status">${en.loading('vacancies')}</p></div>`;
  }

  protected renderView(data: FeedData): TemplateResult {
    const today = this.today ?? new Date().toISOString().slice(0, 10);
    const wage = data.livingWage;
    const open = openVacancies(data.vacancies, { sector: this.sector, contract: this.contract, today }).filter(
      (v) => !this.livingWage || checkLivingWage(v, wage).verdict === 'pays',
    );
    const visible = open.slice(0, this.shown ?? this.limit);
    const sectorNames = new Map(data.sectors.map((s) => [s.id, s.name]));
    return html`<section part="base" aria-label="Vacancies" data-state=${open.length === 0 ? 'no-data' : nothing}>
      ${data.sample ? html`<p part="sample" class="banner">Sample data: these vacancies are made up for demonstration.</p>` : nothing}
      ${this.hideFilters ? nothing : this.#renderFilters(data.sectors, wage.state === 'current')}
      <p role="status" class="count">${open.length === 0 ? 'No open vacancies match.' : `Showing ${visible.length} of ${open.length} open vacancies.`}</p>
      <ul class="list">
        ${visible.map((v) => html`<li>${this.#renderVacancy(v, sectorNames, wage)}</li>`)}
      </ul>
      ${visible.length < open.length
        ? html`<button part="more" type="button" @click=${() => this.#showMore(visible.length)}>Show more vacancies</button>`
        : nothing}
      ${this.#renderWageNote(wage, data)}
    </section>`;
  }

  #showMore(current: number): void {
    this.shown = current + this.limit;
    // Move focus to the first newly shown vacancy, so keyboard users carry on where they were.
    void this.updateComplete.then(() => this.shadowRoot?.querySelectorAll<HTMLElement>('[part~="vacancy"]')[current]?.focus());
  }

  #renderFilters(sectors: Sector[], canJudgeWage: boolean): TemplateResult {
    const change = (key: 'sector' | 'contract') => (event: Event) => {
      this[key] = (event.target as HTMLSelectElement).value || undefined;
      this.shown = undefined;
    };
    return html`<form part="filters" aria-label="Filter vacancies" @submit=${(e: Event) => e.preventDefault()}>
      <label><span>Sector</span>
        <select name="sector" @change=${change('sector')}>
          <option value="" ?selected=${!this.sector}>All sectors</option>
          ${[...sectors].sort((a, b) => a.order - b.order).map((s) => html`<option value=${s.id} ?selected=${this.sector === s.id}>${s.name}</option>`)}
        </select>
      </label>
      <label><span>Contract</span>
        <select name="contract" @change=${change('contract')}>
          <option value="" ?selected=${!this.contract}>All contracts</option>
          ${Object.entries(employmentTypeLabels).map(([value, label]) => html`<option value=${value} ?selected=${this.contract === value}>${label}</option>`)}
        </select>
      </label>
      ${canJudgeWage
        ? html`<label class="check"
            ><input type="checkbox" name="living-wage" .checked=${this.livingWage} @change=${(e: Event) => {
              this.livingWage = (e.target as HTMLInputElement).checked;
              this.shown = undefined;
            }} /><span>Pays at least the Real Living Wage</span></label
          >`
        : nothing}
    </form>`;
  }

  #renderVacancy(v: Vacancy, sectorNames: Map<string, string>, wage: LivingWageStatus): TemplateResult {
    const url = safeHttpUrl(v.url);
    const employerUrl = safeHttpUrl(v.employer.url);
    const living = checkLivingWage(v, wage).verdict;
    // Every string below comes from a partner's feed: Lit renders it as text, never as HTML.
    return html`<article part="vacancy" tabindex="-1" aria-labelledby=${`v-${v.id}`}>
      <p class="title" id=${`v-${v.id}`}>
        ${url ? html`<a href=${url} target="_blank" rel="noopener noreferrer external">${v.title}<span class="visually-hidden"> (opens in a new tab)</span></a>` : v.title}
        ${v.sample ? html`<span part="sample" class="tag">Sample data</span>` : nothing}
      </p>
      <p class="employer">${employerUrl ? html`<a href=${employerUrl} target="_blank" rel="noopener noreferrer external">${v.employer.name}</a>` : v.employer.name}, ${v.location.locality}</p>
      <ul class="facts">
        ${v.salary ? html`<li>${formatSalary(v.salary)}</li>` : html`<li>Pay not stated</li>`}
        <li>${v.employmentType.map((t) => employmentTypeLabels[t]).join(', ')}</li>
        ${v.sector ? html`<li>${sectorNames.get(v.sector) ?? v.sector}</li>` : nothing}
        ${v.validThrough ? html`<li>Closes ${formatDate(v.validThrough)}</li>` : html`<li>No closing date given</li>`}
        ${living === 'pays' ? html`<li part="living-wage" class="good">Pays at least the Real Living Wage</li>` : nothing}
      </ul>
    </article>`;
  }

  /** What the flag means, or why there is none (the rates are out of date), with the newest rate's source. */
  #renderWageNote(wage: LivingWageStatus, data: FeedData): TemplateResult {
    return html`<p class="note">${livingWageNote(wage, data.documents)}</p>`;
  }
}

export type { FeedData } from './vacancy-feed.data.js';
