import { compareAreas, NotFoundError, periodLabel, periodPhrase, type Comparison, type ComparisonRow, type Kpi, type LutonClient } from '@luton2040/sdk';
import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, query } from 'lit/decorators.js';
import type { ChartTheme } from '../charts/comparison-chart.js';
import type { ChartHandle } from '../charts/vega-runtime.js';
import { ColorSchemeController } from '../controllers/color-scheme.controller.js';
import { ResizeController } from '../controllers/resize.controller.js';
import { VisibilityController } from '../controllers/visibility.controller.js';
import { styleProperties } from '../directives/style-properties.js';
import { comparisonEn } from '../i18n/comparison.en.js';
import { en } from '../i18n/en.js';
import { hostStyles } from '../styles/host.styles.js';
import { FeedWidget } from './feed-widget.js';
import { loadBarsView, type BarsView } from './comparator-bars.data.js';
import { comparatorBarsStyles } from './comparator-bars.styles.js';

// One import for the whole page: every chart element awaits the same module.
let chartModule: Promise<typeof import('../charts/comparison-chart.js')> | undefined;
const loadChartModule = () => (chartModule ??= import('../charts/comparison-chart.js'));

/**
 * @summary Luton against comparator areas for one KPI: accessible bars at once, a Vega chart when in view.
 *
 * @slot - Fallback shown before the script runs and if the data cannot be loaded: a link to the source, e.g. `<a href="…">NEET rate in Luton (source)</a>`.
 *
 * @event {CustomEvent<LutonLoadDetail>} luton-load - The bars have been drawn from the feed. `detail: { resource: 'kpis', id }`.
 * @event {CustomEvent<LutonErrorDetail>} luton-error - The figures could not be loaded. `detail: { error }`.
 * @event {CustomEvent<void>} luton-chart-ready - The Vega chart has replaced the first-paint bars.
 *
 * @csspart base - The figure around everything.
 * @csspart title - The caption: measure, areas and period.
 * @csspart summary - The one-paragraph text summary of the comparison.
 * @csspart chart - The box holding the bars (HTML first, then the Vega chart).
 * @csspart missing - The list of areas with no figure for the period.
 * @csspart table - The disclosure with the figures as a table.
 * @csspart source - The data source.
 * @csspart error - The figure when it shows an error.
 *
 * @cssproperty --luton-comparator-luton-color - Luton's bar. Default: `--luton-color-accent`.
 * @cssproperty --luton-comparator-reference-color - The reference area's bar (England). Default: `--luton-color-text`.
 * @cssproperty --luton-comparator-other-color - Other areas' bars. Default: `--luton-color-border`.
 * @cssproperty --luton-comparator-max-width - Widest the widget grows. Default: `40rem`.
 *
 * @example
 * <luton-comparator-bars kpi="ks2-expected-standard" src="https://example.org/feed/index.json"></luton-comparator-bars>
 */
export class LutonComparatorBars extends FeedWidget<BarsView> {
  static override styles = [hostStyles, comparatorBarsStyles];

  /** Id of the KPI to compare, e.g. `neet-rate`. */
  @property({ reflect: true }) accessor kpi: string | undefined;

  /** Area ids to compare with, separated by spaces or commas (e.g. `england bedford slough`). Default: every area with figures. */
  @property({ reflect: true }) accessor areas: string | undefined;

  /** The reference area, drawn in its own colour. Default: `england`. */
  @property({ reflect: true }) accessor reference = 'england';

  /** `auto` draws a Vega chart once the widget is in view; `html` keeps the plain bars (no chart download). */
  @property({ reflect: true }) accessor chart: 'auto' | 'html' = 'auto';

  @query('.vega') private accessor vegaBox: HTMLElement | null = null;

  readonly #visibility = new VisibilityController(this);
  readonly #resize = new ResizeController(this, (width) => void this.#chart?.then((c) => c?.resize(this.#chartWidth(width))));
  readonly #scheme = new ColorSchemeController(this, () => this.#redraw());
  #chart: Promise<ChartHandle | undefined> | undefined;
  #chartState: 'none' | 'loading' | 'drawn' = 'none';

  protected loadArgs() {
    return [this.kpi, this.areas, this.reference];
  }

  protected async load(client: LutonClient, signal: AbortSignal): Promise<BarsView | undefined> {
    return this.kpi ? loadBarsView(client, { id: this.kpi, areas: this.areas, reference: this.reference }, signal) : undefined;
  }

  protected loadDetail(view: BarsView) {
    return { resource: 'kpis', id: view.kpi.id };
  }

  /** New figures need a new chart; the old one is thrown away before they are drawn. */
  protected override loaded(): void {
    this.#destroyChart();
  }

  protected renderMissing(): TemplateResult {
    return this.#renderProblem(en.missingAttribute('luton-comparator-bars', 'kpi'));
  }

  protected renderError(error: unknown): TemplateResult {
    return this.#renderProblem(error instanceof NotFoundError ? en.notFound(error.id) : en.errorTitle, error);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#destroyChart();
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    // A drawn chart holds resolved colours: a new scheme needs a new drawing.
    if (changed.has('theme') && changed.get('theme') !== undefined && this.#chartState !== 'none') this.#redraw();
    const rows = this.data.value?.comparison.rows;
    const unit = this.data.value?.kpi.unit;
    if (this.chart === 'auto' && unit !== 'rank' && this.#visibility.visible && rows && rows.length > 1 && this.#chartState === 'none' && this.vegaBox) {
      this.#drawChart(this.vegaBox, rows);
    }
  }

  #drawChart(box: HTMLElement, rows: ComparisonRow[]): void {
    this.#chartState = 'loading';
    this.#chart = loadChartModule()
      .then((module) => module.drawComparison(box, rows, this.#theme(), this.#chartWidth(this.#resize.width || this.offsetWidth)))
      .then((handle) => {
        box.querySelector('svg')?.setAttribute('aria-hidden', 'true');
        this.#chartState = 'drawn';
        this.shadowRoot?.querySelector('[part="chart"]')?.setAttribute('data-chart', 'drawn');
        this.dispatchEvent(new CustomEvent('luton-chart-ready', { bubbles: true, composed: true }));
        return handle;
      })
      .catch((error: unknown) => {
        // The HTML bars stay: the figures are all there without the chart.
        console.warn('[luton2040] chart could not be drawn; showing plain bars', error);
        this.#chartState = 'none';
        this.chart = 'html';
        return undefined;
      });
  }

  #destroyChart(): void {
    void this.#chart?.then((c) => c?.destroy());
    this.#chart = undefined;
    this.#chartState = 'none';
    this.vegaBox?.replaceChildren();
    this.shadowRoot?.querySelector('[part="chart"]')?.removeAttribute('data-chart');
  }

  #redraw(): void {
    this.#destroyChart();
    this.requestUpdate();
  }

  #chartWidth(hostWidth: number): number {
    const box = this.shadowRoot?.querySelector<HTMLElement>('[part="chart"]');
    return Math.max(160, Math.round(box?.clientWidth || hostWidth));
  }

  /** Resolves the theme tokens to real colours, for Vega, which cannot read CSS custom properties. */
  #theme(): ChartTheme {
    const colour = (name: string) => getComputedStyle(this.shadowRoot!.querySelector(`.probe.${name}`)!).color;
    return {
      text: colour('text'),
      muted: colour('muted'),
      luton: colour('luton'),
      reference: colour('reference'),
      comparator: colour('comparator'),
      font: getComputedStyle(this).fontFamily,
    };
  }

  protected renderLoading(): TemplateResult {
    return html`<div part="base" aria-busy="true"><p role="status">${en.loading(this.kpi ?? '')}</p></div>`;
  }

  #renderProblem(message: string, error?: unknown): TemplateResult {
    const detail = error instanceof Error && !(error instanceof NotFoundError) ? error.message : undefined;
    return html`<div part="base error" role="alert">
      <p part="title">${message}</p>
      ${detail ? html`<p part="source">${detail}</p>` : nothing}
      <slot></slot>
    </div>`;
  }

  protected renderView({ kpi, comparison, document }: BarsView): TemplateResult {
    const { rows, missing, period, periodPrecision } = comparison;
    if (!period || rows.length === 0) {
      return html`<div part="base" data-state="no-data"><p part="title">${kpi.title}</p><p>${comparisonEn.noComparison(kpi.title)}</p></div>`;
    }
    if (rows.length === 1) {
      return html`<div part="base" data-state="no-data">
        <p part="title">${kpi.title}</p>
        <p>${comparisonEn.noComparator(rows[0]!.label, periodPhrase(rows[0]!))}</p>
        ${missing.length ? html`<p part="missing">${comparisonEn.noFigureFor(periodLabel(rows[0]!), missing.map((m) => m.name))}</p>` : nothing}
      </div>`;
    }
    // A rank is a position, not an amount: a longer bar would mean nothing, so ranks show as a table.
    const asTable = kpi.unit === 'rank';
    // Where the figures came from first; the KPI's planned source only as planned.
    const source = [document ? `${document.title} (${document.published})` : undefined, kpi.source ? `planned source: ${kpi.source}` : undefined].filter(Boolean).join('; ');
    const when = periodLabel({ period, ...(periodPrecision ? { periodPrecision } : {}) });
    const max = Math.max(...rows.map((r) => r.value), 0) || 1;
    return html`<figure part="base" aria-labelledby="title">
      <figcaption part="title" id="title">${comparisonEn.comparisonTitle(kpi.title, when)}</figcaption>
      <p part="summary">${this.#summary(rows)}</p>
      ${asTable ? nothing : html`<div part="chart" ${styleProperties({ '--_rows': String(rows.length) })}>
        <ol class="bars" aria-hidden="true">
          ${rows.map(
            (row) => html`<li data-role=${row.role}>
              <span class="name">${row.name}</span>
              <span class="bar-track"
                ><span class="bar" ${styleProperties({ '--_share': `${Math.max(0, (row.value / max) * 80)}%` })}></span
                ><span class="label">${row.label}</span></span
              >
            </li>`,
          )}
        </ol>
        <div class="vega"></div>
      </div>`}
      ${missing.length ? html`<p part="missing">${comparisonEn.noFigureFor(when, missing.map((m) => m.name))}</p>` : nothing}
      <details part="table" ?open=${asTable}>
        <summary>${comparisonEn.showTable}</summary>
        <table>
          <thead><tr><th scope="col">${comparisonEn.tableArea}</th><th scope="col">${comparisonEn.tableValue}</th><th scope="col">${comparisonEn.tablePeriod}</th></tr></thead>
          <tbody>
            ${rows.map((row) => html`<tr><th scope="row">${row.name}</th><td class="number">${row.label}</td><td>${periodLabel(row)}</td></tr>`)}
          </tbody>
        </table>
      </details>
      ${source ? html`<p part="source">${en.source}: ${source}</p>` : nothing}
      <span class="probe text"></span><span class="probe muted"></span><span class="probe luton"></span
      ><span class="probe reference"></span><span class="probe comparator"></span>
    </figure>`;
  }

  #summary(rows: ComparisonRow[]): string {
    const luton = rows.find((r) => r.role === 'luton');
    if (!luton) return '';
    const others = rows.filter((r) => r !== luton);
    const named = (r: ComparisonRow) => `${r.name} (${r.label})`;
    return comparisonEn.comparisonSummary(
      `${luton.label} ${periodPhrase(luton)}`,
      others.filter((r) => luton.value > r.value).map(named),
      others.filter((r) => luton.value < r.value).map(named),
      others.filter((r) => luton.value === r.value).map(named),
    );
  }
}

export type { BarsView } from './comparator-bars.data.js';
