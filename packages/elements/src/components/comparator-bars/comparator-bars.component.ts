import type { ComparisonRow } from '@luton2040/sdk';
import { html, nothing, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import type { ChartTheme } from '../../charts/comparison-chart.js';
import type { ChartHandle } from '../../charts/vega-runtime.js';
import { ColorSchemeController } from '../../controllers/color-scheme.controller.js';
import { ResizeController } from '../../controllers/resize.controller.js';
import { VisibilityController } from '../../controllers/visibility.controller.js';
import { styleProperties } from '../../directives/style-properties.js';
import { emit } from '../../events.js';
import { cardStyles } from '../../styles/card.styles.js';
import { controlStyles } from '../../styles/controls.styles.js';
import { hostStyles } from '../../styles/host.styles.js';
import { FeedWidget } from '../../widget/feed-widget.js';
import { loadingState } from '../../widget/loading-state.js';
import { comparatorBarsSpec, type ComparatorBarsData } from './comparator-bars.spec.js';
import type { ComparatorBarsStrings } from './comparator-bars.strings.js';
import { comparatorBarsStyles } from './comparator-bars.styles.js';
import type { ComparatorBarsView } from './comparator-bars.view.js';
import { dataText } from '../../i18n/bidi.js';

// One import for the whole page: every chart element awaits the same module.
let chartModule: Promise<typeof import('../../charts/comparison-chart.js')> | undefined;
const loadChartModule = () => (chartModule ??= import('../../charts/comparison-chart.js'));

/**
 * @summary Luton against comparator areas for one KPI: accessible bars at once, a Vega chart when in view.
 *
 * @slot - Fallback shown before the script runs and if the data cannot be loaded: a link to the source, e.g. `<a href="…">NEET rate in Luton and other areas (source)</a>`.
 *
 * @event {CustomEvent<LutonLoadDetail>} luton-load - The bars have been drawn from the feed. `detail: { resource: 'kpis', id }`.
 * @event {CustomEvent<LutonErrorDetail>} luton-error - The figures could not be loaded. `detail: { error }`.
 * @event {CustomEvent<void>} luton-chart-ready - The Vega chart has replaced the first-paint bars.
 *
 * @csspart base - The figure around everything.
 * @csspart title - The caption: measure, areas and period; in the error state, what went wrong.
 * @csspart summary - The one-paragraph text summary of the comparison.
 * @csspart chart - The box holding the bars (HTML first, then the Vega chart).
 * @csspart missing - The list of areas with no figure for the period.
 * @csspart table - The disclosure with the figures as a table.
 * @csspart source - The data source.
 * @csspart stale - "Out of date", with the copy's date, when the feed cannot be reached and the last good copy is shown.
 * @csspart error - The figure when it shows an error.
 * @csspart detail - In the error state, the reason the feed gave.
 *
 * @cssproperty --luton-comparator-bars-background - Background. Default: `--luton-color-surface`.
 * @cssproperty --luton-comparator-bars-border-color - Border. Default: `--luton-color-border`.
 * @cssproperty --luton-comparator-bars-max-width - Widest the widget grows. Default: `40rem`.
 * @cssproperty --luton-comparator-bars-luton-color - Luton's bar. Default: `--luton-color-accent`.
 * @cssproperty --luton-comparator-bars-reference-color - The reference area's bar (England). Default: `--luton-color-text`.
 * @cssproperty --luton-comparator-bars-other-color - Other areas' bars. Default: `--luton-color-border`.
 *
 * @example
 * <luton-comparator-bars kpi="ks2-expected-standard" src="https://example.org/feed/index.json"></luton-comparator-bars>
 */
export class LutonComparatorBars extends FeedWidget<ComparatorBarsData, ComparatorBarsView, ComparatorBarsStrings> {
  static override styles = [hostStyles, cardStyles, controlStyles, comparatorBarsStyles];

  static override properties: PropertyDeclarations = {
    kpi: { reflect: true },
    areas: { reflect: true },
    reference: { reflect: true },
    chart: { reflect: true },
  };

  /** Id of the KPI to compare, e.g. `neet-rate`. */
  declare kpi: string | undefined;

  /** Area ids to compare with, separated by spaces or commas (e.g. `england bedford slough`). Default: every area with figures. */
  declare areas: string | undefined;

  /** The reference area, drawn in its own colour. Default: `england`. */
  declare reference: string;

  /** `auto` draws a Vega chart once the widget is in view; `html` keeps the plain bars (no chart download). */
  declare chart: 'auto' | 'html';

  protected readonly spec = comparatorBarsSpec;

  readonly #visibility = new VisibilityController(this);
  readonly #resize = new ResizeController(this, (width) => void this.#chart?.then((c) => c?.resize(this.#chartWidth(width))));
  #chart: Promise<ChartHandle | undefined> | undefined;
  #chartState: 'none' | 'loading' | 'drawn' = 'none';

  constructor() {
    super();
    this.reference = 'england';
    this.chart = 'auto';
    // A drawn chart holds resolved colours: the visitor's switch to dark or light needs a new drawing.
    new ColorSchemeController(this, () => this.#redraw());
  }

  /** New figures need a new chart; the old one is thrown away before they are drawn. */
  protected override loaded(): void {
    this.#destroyChart();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#destroyChart();
  }

  get #vegaBox(): HTMLElement | null {
    return this.renderRoot.querySelector<HTMLElement>('.vega');
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    // A drawn chart holds resolved colours: a new scheme needs a new drawing.
    if (changed.has('theme') && changed.get('theme') !== undefined && this.#chartState !== 'none') this.#redraw();
    const data = this.data;
    const rows = data && this.view(data).chartRows;
    const box = this.#vegaBox;
    if (this.chart === 'auto' && this.#visibility.visible && rows && this.#chartState === 'none' && box) this.#drawChart(box, rows);
  }

  #drawChart(box: HTMLElement, rows: ComparisonRow[]): void {
    this.#chartState = 'loading';
    this.#chart = loadChartModule()
      .then((module) => module.drawComparison(box, rows, this.#theme(), this.#chartWidth(this.#resize.width || this.offsetWidth)))
      .then((handle) => {
        box.querySelector('svg')?.setAttribute('aria-hidden', 'true');
        this.#chartState = 'drawn';
        this.shadowRoot?.querySelector('[part="chart"]')?.setAttribute('data-chart', 'drawn');
        emit(this, 'luton-chart-ready');
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
    this.#vegaBox?.replaceChildren();
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
    return loadingState(this.words.loading(this.kpi ?? ''));
  }

  protected renderView(view: ComparatorBarsView): TemplateResult {
    const missing = view.missing ? html`<p part="missing">${view.missing}</p>` : nothing;
    const stale = view.stale ? html`<p part="stale">${view.stale}</p>` : nothing;
    if (view.noData) return html`<div part="base" data-state="no-data"><p part="title">${dataText(view.title)}</p><p>${view.noData}</p>${missing}${stale}</div>`;
    return html`<figure part="base" aria-labelledby="title">
      <figcaption part="title" id="title">${view.caption}</figcaption>
      <p part="summary">${view.summary}</p>
      ${stale}
      ${view.asTable ? nothing : html`<div part="chart" ${styleProperties({ '--_rows': String(view.bars.length) })}>
        <ol class="bars" aria-hidden="true">
          ${view.bars.map(
            (bar) => html`<li data-role=${bar.role}>
              <span class="name">${dataText(bar.name)}</span>
              <span class="bar-track"
                ><span class="bar" ${styleProperties({ '--_share': bar.share })}></span
                ><span class="label">${bar.label}</span></span
              >
            </li>`,
          )}
        </ol>
        <div class="vega"></div>
      </div>`}
      ${missing}
      <details part="table" ?open=${view.asTable}>
        <summary>${view.table.toggle}</summary>
        <table>
          <thead><tr><th scope="col">${view.table.area}</th><th scope="col">${view.table.value}</th><th scope="col">${view.table.period}</th></tr></thead>
          <tbody>
            ${view.bars.map((bar) => html`<tr><th scope="row">${dataText(bar.name)}</th><td class="number">${bar.label}</td><td>${bar.period}</td></tr>`)}
          </tbody>
        </table>
      </details>
      ${view.source ? html`<p part="source">${view.source}</p>` : nothing}
      <span class="probe text"></span><span class="probe muted"></span><span class="probe luton"></span
      ><span class="probe reference"></span><span class="probe comparator"></span>
    </figure>`;
  }
}
