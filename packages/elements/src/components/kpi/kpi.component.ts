import { html, nothing, unsafeCSS, type PropertyDeclarations, type TemplateResult } from 'lit';
import { cardStyles } from '../../styles/card.styles.js';
import { hostStyles } from '../../styles/host.styles.js';
import { FeedWidget } from '../../widget/feed-widget.js';
import { hostReserveCss, kpiBlockSize } from '../../widget/reserved-sizes.js';
import { kpiSpec, type KpiData } from './kpi.spec.js';
import { kpiStyles } from './kpi.styles.js';
import type { KpiStrings } from './kpi.strings.js';
import type { KpiView } from './kpi.view.js';
import { sparkline } from './sparkline.js';
import { dataText } from '../../i18n/bidi.js';

/**
 * @summary One strategy measure as a tile: latest value, period, trend and source.
 *
 * @slot - Fallback shown before the script runs and if the data cannot be loaded: a link to the source, e.g. `<a href="…">NEET rate in Luton (source)</a>`.
 *
 * @event {CustomEvent<LutonLoadDetail>} luton-load - The tile has drawn its figure. `detail: { resource: 'kpis', id }`.
 * @event {CustomEvent<LutonErrorDetail>} luton-error - The tile could not load its figure and shows an error. `detail: { error }`.
 *
 * @csspart base - The tile.
 * @csspart title - The measure's name; in the error state, what went wrong.
 * @csspart value - The latest value.
 * @csspart period - The period of the latest value.
 * @csspart flag - A mark on the value: provisional, estimate, sample data or out of date.
 * @csspart trend - The arrow and what the movement means.
 * @csspart changes - The list of changes: since the last period, since the baseline, gap to the compared area.
 * @csspart sparkline - The small line of the series (an inline SVG).
 * @csspart source - The data source and the document the figure is cited from.
 * @csspart error - The tile when it shows an error.
 * @csspart detail - In the error state, the reason the feed gave.
 *
 * @cssproperty --luton-kpi-background - Tile background. Default: `--luton-color-surface`.
 * @cssproperty --luton-kpi-border-color - Tile border. Default: `--luton-color-border`.
 * @cssproperty --luton-kpi-max-width - Widest the tile grows. Default: `22rem`.
 * @cssproperty --luton-kpi-value-size - Font size of the value. Default: `2.25rem`.
 *
 * @example
 * <luton-kpi kpi="neet-rate" src="https://example.org/feed/index.json"></luton-kpi>
 */
export class LutonKpi extends FeedWidget<KpiData, KpiView, KpiStrings> {
  static override styles = [hostStyles, cardStyles, kpiStyles, unsafeCSS(hostReserveCss(kpiBlockSize))];

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

  protected readonly spec = kpiSpec;

  constructor() {
    super();
    this.variant = 'full';
  }

  protected renderLoading(): TemplateResult {
    return html`<div part="base" aria-busy="true">
      <p class="visually-hidden" role="status">${this.words.loading(this.kpi ?? '')}</p>
      <span class="skeleton title"></span>
      <span class="skeleton value"></span>
      <span class="skeleton line"></span>
      <slot></slot>
    </div>`;
  }

  protected renderView(view: KpiView): TemplateResult {
    const { figure, trend, detailed } = view;
    if (!figure) {
      return html`<div part="base" data-state="no-data">
        <p part="title">${dataText(view.title)}</p>
        <p>${view.noData}</p>
        ${view.source ? html`<p part="source">${view.source}</p>` : nothing}
      </div>`;
    }
    return html`<figure part="base" data-meaning=${trend.meaning}>
      <p class="visually-hidden">${view.sentence}</p>
      <div aria-hidden="true">
        <p part="title">${dataText(view.title)}</p>
        <p part="value">
          <data value=${figure.value}>${figure.text}</data>
          <span part="period">${figure.period}</span>
          ${view.flags.map((flag) => html`<span part="flag" class="tag">${flag}</span>`)}
        </p>
        <p part="trend">
          <span>${trend.arrow}</span>
          <span class="meaning">${trend.text}</span>
        </p>
        ${detailed && view.changes.length ? html`<ul part="changes">${view.changes.map((line) => html`<li>${line}</li>`)}</ul>` : nothing}
        ${detailed ? (sparkline(view.series) ?? nothing) : nothing}
      </div>
      ${detailed && view.source ? html`<figcaption part="source">${view.source}</figcaption>` : nothing}
    </figure>`;
  }
}
