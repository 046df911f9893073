import { Task } from '@lit/task';
import { describePeriod, formatValue, NotFoundError, trendOf, type Kpi, type SourceDocument, type Trend } from '@luton2040/sdk';
import { LitElement, html, nothing, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { FeedClientController } from '../controllers/feed-client.controller.js';
import { emit } from '../events.js';
import { en } from '../i18n/en.js';
import { hostStyles } from '../styles/host.styles.js';
import { kpiStyles } from './kpi.styles.js';

const arrows = { up: '▲', down: '▼', flat: '▶', unknown: '–' } as const;

interface KpiView {
  kpi: Kpi;
  trend: Trend;
  document?: SourceDocument;
}

/**
 * @summary One strategy measure as a tile: latest value, period, trend and source.
 *
 * @event luton-load - The tile has drawn its figure. `detail: { resource: 'kpis', id }`.
 * @event luton-error - The tile could not load its figure and shows an error. `detail: { error }`.
 *
 * @csspart base - The tile.
 * @csspart title - The measure's name.
 * @csspart value - The latest value.
 * @csspart period - The period of the latest value.
 * @csspart trend - The arrow and what the movement means.
 * @csspart source - The data source and the document the figure is cited from.
 * @csspart error - The tile when it shows an error.
 *
 * @cssproperty --luton-kpi-background - Tile background. Default: `--luton-color-surface`.
 * @cssproperty --luton-kpi-border-color - Tile border. Default: `--luton-color-border`.
 * @cssproperty --luton-kpi-value-size - Font size of the value. Default: `2.25rem`.
 * @cssproperty --luton-kpi-max-width - Widest the tile grows. Default: `22rem`.
 * @cssproperty --luton-color-good - Colour of an improving trend.
 * @cssproperty --luton-color-bad - Colour of a worsening trend.
 */
export class LutonKpi extends LitElement {
  static override styles = [hostStyles, kpiStyles];

  /** Id of the KPI or measure to show, e.g. `neet-rate`. */
  @property({ reflect: true }) accessor kpi: string | undefined;

  /** Feed manifest address; overrides an enclosing `<luton-data>`. */
  @property({ reflect: true }) accessor src: string | undefined;

  /** Colour scheme: follows the page unless set to `light`, `dark` or `auto` (the visitor's setting). */
  @property({ reflect: true }) accessor theme: 'light' | 'dark' | 'auto' | undefined;

  readonly #feed = new FeedClientController(this);

  readonly #data = new Task(this, {
    args: () => [this.kpi, this.#feed.client] as const,
    task: async ([id, client], { signal }): Promise<KpiView | undefined> => {
      if (!id) return undefined;
      const [kpi, documents] = await Promise.all([client.kpis.get(id, { signal }), client.documents.list({ signal })]);
      const trend = trendOf(kpi);
      const document = documents.find((d) => d.id === trend.latest?.citation.doc);
      return { kpi, trend, ...(document ? { document } : {}) };
    },
    onComplete: (view) => {
      if (view) emit(this, 'luton-load', { resource: 'kpis', id: view.kpi.id });
    },
    onError: (error) => emit(this, 'luton-error', { error: error instanceof Error ? error : new Error(String(error)) }),
  });

  protected override render(): TemplateResult {
    return this.#data.render({
      initial: () => this.#renderLoading(),
      pending: () => this.#renderLoading(),
      complete: (view) => (view ? this.#renderView(view) : this.#renderError(en.missingAttribute('luton-kpi', 'kpi'))),
      error: (error) => this.#renderError(error instanceof NotFoundError ? en.notFound(error.id) : en.errorTitle, error),
    });
  }

  #renderLoading(): TemplateResult {
    return html`<div part="base" aria-busy="true">
      <p class="visually-hidden" role="status">${en.loading(this.kpi ?? '')}</p>
      <span class="skeleton" style="width: 60%"></span>
      <span class="skeleton" style="width: 40%; height: 2.25rem"></span>
      <span class="skeleton" style="width: 80%"></span>
    </div>`;
  }

  #renderError(message: string, error?: unknown): TemplateResult {
    const detail = error instanceof Error && !(error instanceof NotFoundError) ? error.message : undefined;
    return html`<div part="base error" role="alert">
      <p part="title">${message}</p>
      ${detail ? html`<p part="source">${detail}</p>` : nothing}
    </div>`;
  }

  #renderView({ kpi, trend, document }: KpiView): TemplateResult {
    const latest = trend.latest;
    if (!latest) {
      return html`<div part="base" data-state="no-data">
        <p part="title">${kpi.title}</p>
        <p>${en.noData(kpi.title)}</p>
        ${kpi.source ? html`<p part="source">${en.source}: ${kpi.source}</p>` : nothing}
      </div>`;
    }
    const value = formatValue(latest.value, kpi.unit, latest.status);
    const period = describePeriod(latest.period);
    return html`<figure part="base" aria-label=${kpi.title} data-meaning=${trend.meaning}>
      <p part="title">${kpi.title}</p>
      <p part="value"><data value=${latest.value}>${value}</data> <span part="period">${en.inPeriod(period)}</span></p>
      ${this.#renderTrend(kpi, trend)}
      <figcaption part="source">
        ${en.source}: ${[kpi.source, document ? `${document.title} (${document.published})` : latest.citation.doc].filter(Boolean).join('; ')}
      </figcaption>
    </figure>`;
  }

  #renderTrend(kpi: Kpi, trend: Trend): TemplateResult {
    const { previous } = trend;
    const movement =
      previous && trend.movement !== 'unknown'
        ? en.movedFrom(trend.movement, formatValue(previous.value, kpi.unit, previous.status), describePeriod(previous.period))
        : undefined;
    return html`<p part="trend">
      <span class="arrow" aria-hidden="true">${arrows[trend.movement]}</span>
      <span class="meaning">${en.trend[trend.meaning]}</span>
      ${movement ? html`<span>(${movement})</span>` : nothing}
    </p>`;
  }
}
