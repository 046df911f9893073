import { NotFoundError, sourceOf, type Kpi, type LutonClient } from '@luton2040/sdk';
import { html, nothing, type PropertyDeclarations, type TemplateResult } from 'lit';
import { en } from '../i18n/en.js';
import { hostStyles } from '../styles/host.styles.js';
import { FeedWidget } from './feed-widget.js';
import { kpiStyles } from './kpi.styles.js';
import { loadKpiView, type KpiView } from './kpi.data.js';
import type { KpiDescription } from './kpi.view.js';
import { sparkline } from './sparkline.js';

const arrows = { up: '▲', down: '▼', flat: '▶', unknown: '–' } as const;

/**
 * @summary One strategy measure as a tile: latest value, period, trend and source.
 *
 * @slot - Fallback shown before the script runs and if the data cannot be loaded: a link to the source, e.g. `<a href="…">NEET rate in Luton (source)</a>`.
 *
 * @event {CustomEvent<LutonLoadDetail>} luton-load - The tile has drawn its figure. `detail: { resource: 'kpis', id }`.
 * @event {CustomEvent<LutonErrorDetail>} luton-error - The tile could not load its figure and shows an error. `detail: { error }`.
 *
 * @csspart base - The tile.
 * @csspart title - The measure's name.
 * @csspart value - The latest value.
 * @csspart period - The period of the latest value.
 * @csspart trend - The arrow and what the movement means.
 * @csspart flag - A mark on the value when it is provisional or an estimate.
 * @csspart changes - The list of changes: since the last period, since the baseline, gap to the compared area.
 * @csspart sparkline - The small line of the series (an inline SVG).
 * @csspart source - The data source and the document the figure is cited from.
 * @csspart error - The tile when it shows an error.
 *
 * @cssproperty --luton-kpi-background - Tile background. Default: `--luton-color-surface`.
 * @cssproperty --luton-kpi-border-color - Tile border. Default: `--luton-color-border`.
 * @cssproperty --luton-kpi-value-size - Font size of the value. Default: `2.25rem`.
 * @cssproperty --luton-kpi-max-width - Widest the tile grows. Default: `22rem`.
 * @cssproperty --luton-color-good - Colour of an improving trend.
 * @cssproperty --luton-color-bad - Colour of a worsening trend.
 *
 * @example
 * <luton-kpi kpi="neet-rate" src="https://example.org/feed/index.json"></luton-kpi>
 */
export class LutonKpi extends FeedWidget<KpiView> {
  static override styles = [hostStyles, kpiStyles];

  // Declared statically rather than with decorators, as in FeedWidget: the tile is the lightest
  // widget and its page budget counts the decorator helpers the build would add.
  static override properties: PropertyDeclarations = {
    kpi: { reflect: true },
    compare: { reflect: true },
    baseline: { reflect: true },
    variant: { reflect: true },
  };

  /** Id of the KPI or measure to show, e.g. `neet-rate`. */
  declare kpi: string | undefined;

  /** An area to show the gap to, e.g. `england`. */
  declare compare: string | undefined;

  /** The period to measure "change since baseline" from. Default: the first figure of the series. */
  declare baseline: string | undefined;

  /** `full` (default): value, trend, changes, sparkline and source; `compact`: value and trend only. */
  declare variant: 'full' | 'compact';

  constructor() {
    super();
    this.variant = 'full';
  }

  protected loadArgs() {
    return [this.kpi, this.compare, this.baseline];
  }

  protected async load(client: LutonClient, signal: AbortSignal): Promise<KpiView | undefined> {
    return this.kpi ? loadKpiView(client, { id: this.kpi, compare: this.compare, baseline: this.baseline }, signal) : undefined;
  }

  protected loadDetail(view: KpiView) {
    return { resource: 'kpis', id: view.kpi.id };
  }

  protected renderMissing(): TemplateResult {
    return this.#renderProblem(en.missingAttribute('luton-kpi', 'kpi'));
  }

  protected renderError(error: unknown): TemplateResult {
    return this.#renderProblem(error instanceof NotFoundError ? en.notFound(error.id) : en.errorTitle, error);
  }

  protected renderLoading(): TemplateResult {
    return html`<div part="base" aria-busy="true">
      <p class="visually-hidden" role="status">${en.loading(this.kpi ?? '')}</p>
      <span class="skeleton title"></span>
      <span class="skeleton value"></span>
      <span class="skeleton line"></span>
    </div>`;
  }

  #renderProblem(message: string, error?: unknown): TemplateResult {
    const detail = error instanceof Error && !(error instanceof NotFoundError) ? error.message : undefined;
    return html`<div part="base error" role="alert">
      <p part="title">${message}</p>
      ${detail ? html`<p part="source">${detail}</p>` : nothing}
      <slot></slot>
    </div>`;
  }

  protected renderView({ kpi, description, document, staleSince, sample }: KpiView): TemplateResult {
    const { latest, trend } = description;
    if (!latest) {
      return html`<div part="base" data-state="no-data">
        <p part="title">${kpi.title}</p>
        <p>${en.noData(kpi.title)}</p>
        ${kpi.source ? html`<p part="source">${en.plannedSource}: ${kpi.source}</p>` : nothing}
      </div>`;
    }
    const full = this.variant !== 'compact';
    const flags = [
      latest.status === 'provisional' ? 'provisional' : '',
      latest.status === 'estimate' ? 'estimate' : '',
      sample ? 'sample data' : '',
      staleSince ? en.stale(new Date(staleSince).toLocaleDateString('en-GB', { day: 'numeric', month: 'short', year: 'numeric' })) : '',
    ].filter(Boolean);
    // Where the figure came from first; the KPI's planned source only as planned.
    const from = sourceOf(kpi, latest, document ? [document] : []).text;
    return html`<figure part="base" data-meaning=${trend.meaning} data-variant=${this.variant}>
      <p class="visually-hidden">${description.sentence}${flags.length ? ` (${flags.join(', ')})` : ''}</p>
      <div aria-hidden="true">
        <p part="title">${kpi.title}</p>
        <p part="value">
          <data value=${latest.value}>${description.value}</data>
          <span part="period">${description.when}</span>
          ${flags.map((flag) => html`<span part="flag">${flag}</span>`)}
        </p>
        <p part="trend">
          <span class="arrow">${arrows[trend.movement]}</span>
          <span class="meaning">${en.trend[trend.meaning]}</span>
        </p>
        ${full ? this.#renderDetails(description) : nothing}
      </div>
      ${full ? html`<figcaption part="source">${en.source}: ${from}</figcaption>` : nothing}
    </figure>`;
  }

  #renderDetails(description: KpiDescription): TemplateResult {
    const lines = [description.sinceLast?.text, description.sinceBaseline?.text, description.gap?.text].filter(Boolean);
    return html`${lines.length ? html`<ul part="changes">${lines.map((line) => html`<li>${line}</li>`)}</ul>` : nothing}
      ${sparkline(description.series) ?? nothing}`;
  }
}

export type { KpiView } from './kpi.data.js';
