import type { Activity, LutonClient, Organisation, StatusReport } from '@luton2040/sdk';
import { html, nothing, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { styleProperties } from '../directives/style-properties.js';
import { en } from '../i18n/en.js';
import { hostStyles } from '../styles/host.styles.js';
import { FeedWidget } from './feed-widget.js';
import { listError } from './list-error.js';
import { loadTrackerData } from './action-tracker.data.js';
import { actionTrackerStyles } from './action-tracker.styles.js';
import {
  groupActivities,
  latestReports,
  matches,
  statusLabels,
  statusOrder,
  yearOneNote,
  type ActivityFilter,
  type PriorityGroup,
  type TrackerData,
} from './action-tracker.model.js';

const filterKeys = ['priority', 'owner', 'partner', 'status', 'year'] as const;
type FilterKey = (typeof filterKeys)[number];

/**
 * @summary The Implementation Plan's key delivery activities with their reported status, grouped by priority and action.
 *
 * @slot - Fallback shown before the script runs and if the data cannot be loaded: a link to the source, e.g. `<a href="…">NEET rate in Luton (source)</a>`.
 *
 * @event {CustomEvent<LutonLoadDetail>} luton-load - The activities have been drawn. `detail: { resource: 'activities' }`.
 * @event {CustomEvent<LutonErrorDetail>} luton-error - The activities could not be loaded. `detail: { error }`.
 * @event {CustomEvent<LutonFilterChangeDetail>} luton-filter-change - A filter control changed. `detail: { priority, owner, partner, status, year }`.
 *
 * @csspart base - The whole tracker.
 * @csspart filters - The filter controls.
 * @csspart count - The "showing N of M activities" line.
 * @csspart priority - One priority's group.
 * @csspart progress - A priority's progress bar.
 * @csspart activity - One activity's disclosure.
 * @csspart status - An activity's status badge.
 * @csspart error - The tracker when it shows an error.
 *
 * @cssproperty --luton-status-complete - Colour of complete activities. Default: `--luton-color-good`.
 * @cssproperty --luton-status-on-track - Colour of on-track and in-progress activities. Default: blue, lighter in the dark scheme.
 * @cssproperty --luton-status-at-risk - Colour of at-risk and delayed activities. Default: `--luton-color-bad`.
 * @cssproperty --luton-status-not-reported - Colour of activities with no report. Default: `--luton-color-border`.
 *
 * @example
 * <luton-action-tracker priority="skills-growth" src="https://example.org/feed/index.json"></luton-action-tracker>
 */
export class LutonActionTracker extends FeedWidget<TrackerData> {
  static override styles = [hostStyles, actionTrackerStyles];

  /** Show one ESS priority, by id (e.g. `skills-growth`). */
  @property({ reflect: true }) accessor priority: string | undefined;
  /** Show activities this organisation owns, by id. */
  @property({ reflect: true }) accessor owner: string | undefined;
  /** Show activities this organisation is a partner in, by id. */
  @property({ reflect: true }) accessor partner: string | undefined;
  /** Show activities with this status (`not-reported`, `on-track`, `complete`…). */
  @property({ reflect: true }) accessor status: string | undefined;
  /** Show activities scheduled in this plan year (1-5), with ongoing ones. */
  @property({ reflect: true, type: Number }) accessor year: number | undefined;
  /** Show one activity by its number, e.g. `1.1.2`; hides the filter controls. */
  @property({ reflect: true }) accessor activity: string | undefined;
  /** Hides the filter controls (attribute filters still apply). */
  @property({ reflect: true, type: Boolean, attribute: 'hide-filters' }) accessor hideFilters = false;
  /** Level of the tracker's headings (the page's outline decides): 2 by default. */
  @property({ reflect: true, type: Number, attribute: 'heading-level' }) accessor headingLevel = 2;

  protected loadArgs() {
    return [];
  }

  protected load(client: LutonClient, signal: AbortSignal): Promise<TrackerData> {
    return loadTrackerData(client, signal);
  }

  protected loadDetail() {
    return { resource: 'activities' };
  }

  protected renderMissing(): TemplateResult {
    return this.renderLoading();
  }

  protected renderError(error: unknown): TemplateResult {
    return listError(error);
  }

  get #filter(): ActivityFilter {
    return { priority: this.priority, owner: this.owner, partner: this.partner, status: this.status, year: this.year, activity: this.activity };
  }

  protected renderLoading(): TemplateResult {
    return html`<div part="base" aria-busy="true"><p role="status">${en.loading('the Implementation Plan activities')}</p></div>`;
  }

  #heading(level: number, text: string | TemplateResult, id?: string): TemplateResult {
    return html`<p role="heading" aria-level=${Math.min(6, level)} class="h${Math.min(6, level)}" id=${id ?? nothing}>${text}</p>`;
  }

  protected renderView(data: TrackerData): TemplateResult {
    const groups = groupActivities(data, this.#filter);
    const shown = data.activities.filter((a) => matches(a, this.#filter)).length;
    const names = new Map(data.organisations.map((o) => [o.id, o]));
    const reports = latestReports(data.reports);
    const note = yearOneNote(data.settings);
    return html`<section part="base" aria-labelledby="tracker-title">
      ${this.#heading(this.headingLevel, 'Employment & Skills Strategy: Implementation Plan progress', 'tracker-title')}
      ${this.hideFilters || this.activity ? nothing : this.#renderFilters(data)}
      <p part="count" role="status">Showing ${shown} of ${data.activities.length} activities.</p>
      ${groups.length === 0 ? html`<p class="empty" data-state="no-data">No activity matches these filters.</p>` : nothing}
      ${groups.map((group) => this.#renderPriority(group, names, reports))}
      ${note ? html`<p class="note">${note}</p>` : nothing}
    </section>`;
  }

  #renderFilters(data: TrackerData): TemplateResult {
    const used = (pick: (a: Activity) => string[]) =>
      data.organisations.filter((o) => data.activities.some((a) => pick(a).includes(o.id))).sort((a, b) => a.name.localeCompare(b.name));
    const select = (key: FilterKey, label: string, options: { value: string; label: string }[]) => html`<label>
      <span>${label}</span>
      <select name=${key} @change=${(event: Event) => this.#setFilter(key, (event.target as HTMLSelectElement).value)}>
        <option value="" ?selected=${!this[key]}>All</option>
        ${options.map((o) => html`<option value=${o.value} ?selected=${String(this[key] ?? '') === o.value}>${o.label}</option>`)}
      </select>
    </label>`;
    return html`<form part="filters" aria-label="Filter activities" @submit=${(e: Event) => e.preventDefault()}>
      ${select('priority', 'Priority', [...data.priorities].sort((a, b) => a.number - b.number).map((p) => ({ value: p.id, label: `${p.number}. ${p.title}` })))}
      ${select('owner', 'Owner', used((a) => a.owners).map((o) => ({ value: o.id, label: o.name })))}
      ${select('partner', 'Partner', used((a) => a.partners).map((o) => ({ value: o.id, label: o.name })))}
      ${select('status', 'Status', statusOrder.map((s) => ({ value: s, label: statusLabels[s] })))}
      ${select('year', 'Plan year', [1, 2, 3, 4, 5].map((y) => ({ value: String(y), label: `Year ${y}` })))}
    </form>`;
  }

  #setFilter(key: FilterKey, value: string): void {
    if (key === 'year') this.year = value ? Number(value) : undefined;
    else this[key] = value || undefined;
    const { priority, owner, partner, status, year } = this;
    this.dispatchEvent(
      new CustomEvent('luton-filter-change', { detail: { priority, owner, partner, status, year }, bubbles: true, composed: true }),
    );
  }

  #renderPriority(group: PriorityGroup, names: Map<string, Organisation>, reports: Map<string, StatusReport>): TemplateResult {
    const { priority, counts, total } = group;
    const summary = statusOrder
      .filter((s) => counts[s] > 0)
      .map((s) => `${counts[s]} ${statusLabels[s].toLowerCase()}`)
      .join(', ');
    const done = counts.complete;
    return html`<section part="priority" aria-labelledby=${`priority-${priority.id}`}>
      ${this.#heading(this.headingLevel + 1, `${priority.number}. ${priority.title}`, `priority-${priority.id}`)}
      <p class="counts">${total} ${total === 1 ? 'activity' : 'activities'}: ${summary}.</p>
      <div part="progress" class="progress" role="img" aria-label=${`${done} of ${total} complete`}>
        ${statusOrder
          .filter((s) => counts[s] > 0)
          .map((s) => html`<span class="segment" data-status=${s} ${styleProperties({ '--_share': `${(counts[s] / total) * 100}%` })}></span>`)}
      </div>
      ${group.actions.map(
        ({ action, activities }) => html`<div class="action">
          ${this.#heading(this.headingLevel + 2, html`<span class="number">${action.id}</span> ${action.title}`)}
          <ul class="activities">
            ${activities.map((activity) => html`<li>${this.#renderActivity(activity, names, reports.get(activity.id))}</li>`)}
          </ul>
        </div>`,
      )}
    </section>`;
  }

  #renderActivity(activity: Activity, names: Map<string, Organisation>, report: StatusReport | undefined): TemplateResult {
    const orgs = (ids: string[]) => ids.map((id) => names.get(id)?.name ?? id).join('; ');
    return html`<details part="activity" ?open=${this.activity === activity.id}>
      <summary>
        <span class="number">${activity.id}</span>
        <span class="title">${activity.title}</span>
        <span part="status" class="badge" data-status=${activity.status}>${statusLabels[activity.status]}</span>
      </summary>
      <dl>
        <dt>Timeframe</dt>
        <dd>${activity.timeframe.text}</dd>
        <dt>Delivery owners</dt>
        <dd>${orgs(activity.owners)}</dd>
        <dt>Delivery partners</dt>
        <dd>${orgs(activity.partners) || 'None named'}</dd>
        <dt>Delivery outputs</dt>
        <dd>${activity.outputs}</dd>
        <dt>Measure of success</dt>
        <dd>${activity.measureOfSuccess}</dd>
        <dt>Last update</dt>
        <dd>${report ? html`${report.date}: ${report.evidence} <span class="reporter">(${report.reporter})</span>` : 'No progress has been reported.'}</dd>
      </dl>
    </details>`;
  }
}
