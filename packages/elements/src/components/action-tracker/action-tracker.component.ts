import { html, nothing, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import { ResizeController } from '../../controllers/resize.controller.js';
import { styleProperties } from '../../directives/style-properties.js';
import { emit } from '../../events.js';
import { cardStyles } from '../../styles/card.styles.js';
import { controlStyles } from '../../styles/controls.styles.js';
import { disclosureStyles } from '../../styles/disclosure.styles.js';
import { filterStyles } from '../../styles/filter.styles.js';
import { hostStyles } from '../../styles/host.styles.js';
import { FeedWidget } from '../../widget/feed-widget.js';
import { loadingState } from '../../widget/loading-state.js';
import { actionTrackerSpec, type ActionTrackerData } from './action-tracker.spec.js';
import type { ActionTrackerStrings } from './action-tracker.strings.js';
import { actionTrackerStyles } from './action-tracker.styles.js';
import type { ActionTrackerView, ActionView, ActivityView, FilterKey, FilterSelectView, GroupSummaryView, PriorityView } from './action-tracker.view.js';

/** Narrower than this (in rem), the tracker is a phone's: fields stack and actions start as summaries. */
const NARROW = 36;
/** A narrow tracker opens an action by itself only when its priority has this many activities or fewer. */
const NARROW_LIST = 8;
import { dataText } from '../../i18n/bidi.js';

/**
 * A long list (over 30 activities) starts as one summary per priority: its counts by status and a
 * progress bar, with a button in its heading that opens its actions; only open lists are drawn, so
 * a plan of thousands of activities costs what is shown. Narrower than 36rem (a phone), actions
 * also start as summaries and each field of an activity is stacked above its value. `activity`
 * opens that one activity and scrolls it into view.
 *
 * @summary The Implementation Plan's key delivery activities with their reported status, grouped by priority and action.
 *
 * @slot - Fallback shown before the script runs and if the data cannot be loaded: a link to the plan, e.g. `<a href="…">Implementation Plan progress (source)</a>`.
 *
 * @event {CustomEvent<LutonLoadDetail>} luton-load - The activities have been drawn. `detail: { resource: 'activities' }`.
 * @event {CustomEvent<LutonErrorDetail>} luton-error - The activities could not be loaded. `detail: { error }`.
 * @event {CustomEvent<LutonFilterChangeDetail>} luton-filter-change - A filter control changed. `detail: { priority, owner, partner, status, year }`.
 *
 * @csspart base - The whole tracker.
 * @csspart title - The tracker's heading; in the error state, what went wrong.
 * @csspart filters - The filter controls.
 * @csspart count - The "showing N of M activities" line.
 * @csspart priority - One priority's group.
 * @csspart toggle - The button in a priority's or an action's heading that opens or closes its list.
 * @csspart progress - A priority's or an action's progress bar.
 * @csspart activity - One activity's disclosure.
 * @csspart status - An activity's status badge.
 * @csspart stale - "Out of date", with the copy's date, when the feed cannot be reached and the last good copy is shown.
 * @csspart error - The tracker when it shows an error.
 * @csspart detail - In the error state, the reason the feed gave.
 *
 * @cssproperty --luton-action-tracker-background - Background. Default: `--luton-color-surface`.
 * @cssproperty --luton-action-tracker-border-color - Border. Default: `--luton-color-border`.
 * @cssproperty --luton-action-tracker-max-width - Widest the tracker grows. Default: `none`.
 * @cssproperty --luton-action-tracker-complete-color - Colour of complete activities. Default: `--luton-color-good`.
 * @cssproperty --luton-action-tracker-on-track-color - Colour of on-track and in-progress activities. Default: blue, lighter in the dark scheme.
 * @cssproperty --luton-action-tracker-at-risk-color - Colour of at-risk and delayed activities. Default: `--luton-color-bad`.
 * @cssproperty --luton-action-tracker-not-reported-color - Colour of activities not started or with no report. Default: `--luton-color-border`.
 *
 * @example
 * <luton-action-tracker priority="skills-growth" src="https://example.org/feed/index.json"></luton-action-tracker>
 */
export class LutonActionTracker extends FeedWidget<ActionTrackerData, ActionTrackerView, ActionTrackerStrings> {
  static override styles = [hostStyles, cardStyles, controlStyles, filterStyles, disclosureStyles, actionTrackerStyles];

  static override properties: PropertyDeclarations = {
    priority: { reflect: true },
    owner: { reflect: true },
    partner: { reflect: true },
    status: { reflect: true },
    year: { reflect: true, type: Number },
    activity: { reflect: true },
    hideFilters: { reflect: true, type: Boolean, attribute: 'hide-filters' },
    headingLevel: { reflect: true, type: Number, attribute: 'heading-level' },
  };

  /** Show one ESS priority, by id (e.g. `skills-growth`). */
  declare priority: string | undefined;
  /** Show activities this organisation owns, by id. */
  declare owner: string | undefined;
  /** Show activities this organisation is a partner in, by id. */
  declare partner: string | undefined;
  /** Show activities with this status (`not-reported`, `on-track`, `complete`…). */
  declare status: string | undefined;
  /** Show activities scheduled in this plan year (1-5), with ongoing ones. */
  declare year: number | undefined;
  /** Show one activity by its number, e.g. `1.1.2`; hides the filter controls. */
  declare activity: string | undefined;
  /** Hides the filter controls (attribute filters still apply). */
  declare hideFilters: boolean;
  /** Level of the tracker's headings (the page's outline decides): 2 by default. */
  declare headingLevel: number;

  protected readonly spec = actionTrackerSpec;

  /** Groups the reader opened or closed (`priority:<id>`, `action:<number>`), over the defaults the view gives. */
  #chosen = new Map<string, boolean>();
  #narrow = false;
  /** The activity last scrolled to, so that a deep link scrolls once, not on every redraw. */
  #scrolledTo: string | undefined;
  #cached: { data: ActionTrackerData; key: string; view: ActionTrackerView } | undefined;

  constructor() {
    super();
    this.hideFilters = false;
    this.headingLevel = 2;
    new ResizeController(this, (width) => this.#resized(width));
  }

  #resized(width: number): void {
    const narrow = width < NARROW * parseFloat(getComputedStyle(this).fontSize);
    if (narrow === this.#narrow) return;
    this.#narrow = narrow;
    this.requestUpdate();
  }

  protected renderLoading(): TemplateResult {
    return loadingState(this.words.loading);
  }

  /** Opening a group redraws the tracker, not the plan's view: it is worked out once per data and attributes. */
  protected override view(data: ActionTrackerData): ActionTrackerView {
    const key = JSON.stringify(this.widgetAttributes());
    if (this.#cached?.data !== data || this.#cached.key !== key) this.#cached = { data, key, view: super.view(data) };
    return this.#cached.view;
  }

  /** A deep link (`activity="1.1.2"`) brings its activity into view once it is drawn. */
  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    if (!this.activity || this.#scrolledTo === this.activity) return;
    const opened = this.renderRoot.querySelector<HTMLElement>('[part~="activity"][open]');
    if (!opened) return;
    this.#scrolledTo = this.activity;
    // Its list item, whose box is laid out even while `content-visibility: auto` skips its contents.
    (opened.closest('li') ?? opened).scrollIntoView({ block: 'nearest' });
  }

  #isOpen(key: string, byDefault: boolean): boolean {
    return this.#chosen.get(key) ?? byDefault;
  }

  #toggle(key: string, open: boolean): void {
    this.#chosen.set(key, open);
    this.requestUpdate();
  }

  /**
   * A priority's or an action's heading: a button that opens its list, then its counts and progress
   * bar, which stay when it is closed. Only an open group's list is drawn.
   */
  #group(key: string, level: number, label: string | TemplateResult, group: GroupSummaryView, open: boolean, body: () => TemplateResult, id?: string): TemplateResult {
    const bodyId = `${key.replace(/[^a-z0-9-]/gi, '-')}-list`;
    return html`${this.#heading(
        level,
        html`<button type="button" part="toggle" aria-expanded=${open ? 'true' : 'false'} aria-controls=${bodyId} @click=${() => this.#toggle(key, !open)}>${label}</button>`,
        id,
      )}
      <p class="counts">${group.summary}</p>
      <div part="progress" class="progress" role="img" aria-label=${group.progressLabel}>
        ${group.segments.map(({ status, percent }) => html`<span class="segment" data-status=${status} ${styleProperties({ '--_share': `${percent}%` })}></span>`)}
      </div>
      <div class="group" id=${bodyId} ?hidden=${!open}>${open ? body() : nothing}</div>`;
  }

  #heading(level: number, text: string | TemplateResult, id?: string, part?: string): TemplateResult {
    return html`<p role="heading" aria-level=${Math.min(6, level)} class="h${Math.min(6, level)}" id=${id ?? nothing} part=${part ?? nothing}>${text}</p>`;
  }

  protected renderView(view: ActionTrackerView): TemplateResult {
    return html`<section part="base" aria-labelledby="tracker-title">
      ${this.#heading(this.headingLevel, view.heading, 'tracker-title', 'title')}
      ${view.filters ? this.#renderFilters(view.filters) : nothing}
      ${view.stale ? html`<p part="stale">${view.stale}</p>` : nothing}
      <p part="count" role="status">${view.count}</p>
      ${view.empty ? html`<p class="empty" data-state="no-data">${view.empty}</p>` : nothing}
      ${view.priorities.map((group) => this.#renderPriority(group))}
      ${view.note ? html`<p class="note">${view.note}</p>` : nothing}
    </section>`;
  }

  #renderFilters({ label, selects }: NonNullable<ActionTrackerView['filters']>): TemplateResult {
    const select = ({ name, label, options }: FilterSelectView) => html`<label>
      <span>${label}</span>
      <select name=${name} @change=${(event: Event) => this.#setFilter(name, (event.target as HTMLSelectElement).value)}>
        ${options.map((o) => html`<option value=${o.value} ?selected=${o.selected}>${o.label}</option>`)}
      </select>
    </label>`;
    return html`<form part="filters" aria-label=${label} @submit=${(e: Event) => e.preventDefault()}>${selects.map(select)}</form>`;
  }

  #setFilter(key: FilterKey, value: string): void {
    if (key === 'year') this.year = value ? Number(value) : undefined;
    else this[key] = value || undefined;
    const { priority, owner, partner, status, year } = this;
    emit(this, 'luton-filter-change', { priority, owner, partner, status, year });
  }

  #renderPriority(group: PriorityView): TemplateResult {
    const key = `priority:${group.id}`;
    const shown = group.counts.reduce((sum, c) => sum + c.count, 0);
    const actionOpen = (action: ActionView) => action.open && (!this.#narrow || group.actions.length === 1 || shown <= NARROW_LIST);
    return html`<section part="priority" aria-labelledby=${`priority-${group.id}`}>
      ${this.#group(key, this.headingLevel + 1, group.heading, group, this.#isOpen(key, group.open), () => html`${group.actions.map((action) => this.#renderAction(action, actionOpen(action)))}`, `priority-${group.id}`)}
    </section>`;
  }

  #renderAction(action: ActionView, byDefault: boolean): TemplateResult {
    const key = `action:${action.number}`;
    return html`<div class="action">
      ${this.#group(key, this.headingLevel + 2, html`<span class="number">${action.number}</span> ${dataText(action.title)}`, action, this.#isOpen(key, byDefault), () => html`<ul class="activities">
          ${action.activities.map((activity) => html`<li>${this.#renderActivity(activity)}</li>`)}
        </ul>`)}
    </div>`;
  }

  #renderActivity(activity: ActivityView): TemplateResult {
    const { lastUpdate } = activity;
    return html`<details part="activity" ?open=${activity.open}>
      <summary>
        <span class="number">${activity.id}</span>
        <span class="title">${dataText(activity.title)}</span>
        <span part="status" class="badge" data-status=${activity.status}>${activity.statusLabel}</span>
      </summary>
      <dl>
        ${activity.fields.map(({ term, value }) => html`<dt>${term}</dt>
          <dd>${value}</dd>`)}
        <dt>${lastUpdate.term}</dt>
        <dd>${lastUpdate.text}${lastUpdate.reporter ? html` <span class="reporter">${lastUpdate.reporter}</span>` : nothing}</dd>
      </dl>
    </details>`;
  }
}
