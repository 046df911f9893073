/**
 * The floor `<luton-kpi>` is measured against: `<bare-kpi kpi="…" src="…/index.json">`, a bare Lit
 * element that shows the same words from the same feed, written the way a careful developer would
 * write one tile by hand for one page.
 *
 * It reads the manifest, then the `kpis` and `documents` files it names, once per page (every tile
 * shares the requests), and draws the tile: the screen-reader sentence, title, value, period, flags,
 * trend, changes, sparkline and source, with the least markup that keeps the same semantics (a
 * figure, a list of changes, the sentence for screen readers). It does nothing else: no validation, no retries, no
 * caching between visits, no error, stale or no-data states, no themes, one language. The suite
 * checks that it says the same words as `<luton-kpi>` for every KPI of the feed.
 */
import { css, html, LitElement, nothing, svg } from 'lit';

interface Observation {
  period: string;
  value: number;
  status?: string;
  headline?: boolean;
  citation: { doc: string };
}

interface Kpi {
  id: string;
  title: string;
  direction: 'increase' | 'decrease';
  unit: string;
  source?: string;
  observations: Observation[];
}

interface Feed {
  kpis: Kpi[];
  documents: { id: string; title: string; published: number }[];
  sample: boolean;
}

const feeds = new Map<string, Promise<Feed>>();

function readFeed(src: string): Promise<Feed> {
  let feed = feeds.get(src);
  if (!feed) {
    feed = (async () => {
      const manifestUrl = new URL(src, document.baseURI);
      const manifest = await (await fetch(manifestUrl)).json();
      const read = async (name: string) => (await (await fetch(new URL(manifest.resources[name].url, manifestUrl))).json()).items;
      const [kpis, documents] = await Promise.all([read('kpis'), read('documents')]);
      return { kpis, documents, sample: manifest.resources.kpis.sample ?? manifest.sample };
    })();
    feeds.set(src, feed);
  }
  return feed;
}

const number = (value: number, options: Intl.NumberFormatOptions) => new Intl.NumberFormat('en-GB', options).format(value);
const ordinal: Record<string, string> = { one: 'st', two: 'nd', few: 'rd', other: 'th' };

function formatValue(value: number, unit: string, status?: string): string {
  const text =
    unit === 'percent' ? `${number(value, { maximumFractionDigits: 1 })}%`
    : unit === 'gbp' ? number(value, { style: 'currency', currency: 'GBP', maximumFractionDigits: value >= 1000 ? 0 : 2 })
    : unit === 'gbp-per-hour' ? `${number(value, { style: 'currency', currency: 'GBP', maximumFractionDigits: 2 })} an hour`
    : unit === 'pence' ? `${number(value, { maximumFractionDigits: 1 })}p`
    : unit === 'rank' ? `${number(value, { maximumFractionDigits: 0 })}${ordinal[new Intl.PluralRules('en-GB', { type: 'ordinal' }).select(value)] ?? 'th'}`
    : unit === 'kt-co2e' ? `${number(value, { maximumFractionDigits: 0 })} kt CO₂e`
    : unit === 'ratio' ? number(value, { minimumFractionDigits: 2, maximumFractionDigits: 2 })
    : number(value, { maximumFractionDigits: 1 });
  return status === 'approximate' ? `about ${text}` : text;
}

function describePeriod(period: string): string {
  const month = /^(\d{4})-(\d{2})$/.exec(period);
  if (month) return new Date(Date.UTC(Number(month[1]), Number(month[2]) - 1, 1)).toLocaleDateString('en-GB', { month: 'long', year: 'numeric', timeZone: 'UTC' });
  return period.replace('-Q', ' Q');
}

function change(kpi: Kpi, latest: Observation, from: Observation | undefined): string | undefined {
  if (!from || from === latest) return undefined;
  const difference = latest.value - from.value;
  const size = Math.abs(difference);
  const amount = kpi.unit === 'percent' ? `${number(size, { maximumFractionDigits: 1 })} ${size === 1 ? 'point' : 'points'}` : formatValue(size, kpi.unit);
  const since = `since ${describePeriod(from.period)}`;
  return difference === 0 ? `unchanged ${since}` : `${difference > 0 ? 'up' : 'down'} ${amount} ${since}`;
}

const meanings = { improving: 'Improving', worsening: 'Worsening', 'no-change': 'No change', 'not-enough-data': 'Not enough data for a trend' };
const arrows = { up: '▲', down: '▼', flat: '▶', unknown: '–' };

function sparkline(values: number[]) {
  if (values.length < 2) return nothing;
  const min = Math.min(...values);
  const span = Math.max(...values) - min || 1;
  const x = (i: number) => (3 + (i * 114) / (values.length - 1)).toFixed(1);
  const y = (v: number) => (29 - ((v - min) * 26) / span).toFixed(1);
  const last = values.length - 1;
  return svg`<svg viewBox="0 0 120 32" width="120" height="32" aria-hidden="true"><polyline points=${values.map((v, i) => `${x(i)},${y(v)}`).join(' ')} fill="none" stroke="currentColor" stroke-width="2"></polyline><circle cx=${x(last)} cy=${y(values[last]!)} r="3" fill="currentColor"></circle></svg>`;
}

class BareKpi extends LitElement {
  static override properties = { kpi: {}, src: {}, feed: { state: true } };
  declare kpi: string;
  declare src: string;
  declare feed: Feed | undefined;

  static override styles = css`
    :host { display: block; max-width: 22rem; font-family: system-ui, sans-serif; line-height: 1.4; color: #1b1b1f; }
    figure { margin: 0; padding: 1rem; border: 1px solid #8a8a96; border-radius: 0.5rem; background: #fff; }
    p, ul { margin: 0; }
    .title { font-weight: 600; margin-bottom: 0.25rem; }
    .value { font-size: 2.25rem; font-weight: 700; line-height: 1.1; }
    .value span, ul, figcaption { font-size: 0.875rem; font-weight: 400; color: #4a4a55; }
    .value span { margin-inline-start: 0.3em; }
    .trend { margin-top: 0.5rem; font-weight: 600; }
    ul { list-style: none; padding: 0; }
    svg { display: block; margin-top: 0.5rem; color: #5b2a86; }
    figcaption { margin-top: 0.75rem; }
    .sr { position: absolute; width: 1px; height: 1px; overflow: hidden; clip-path: inset(50%); white-space: nowrap; }
  `;

  override connectedCallback(): void {
    super.connectedCallback();
    void readFeed(this.src).then((feed) => (this.feed = feed));
  }

  override render() {
    const kpi = this.feed?.kpis.find((k) => k.id === this.kpi);
    if (!this.feed || !kpi) return html`<p role="status">Loading ${this.kpi}…</p>`;
    const seen = new Set<string>();
    const series = kpi.observations.filter((o) => o.headline !== false && !seen.has(o.period) && seen.add(o.period));
    const latest = series.at(-1)!;
    const previous = series.at(-2);
    const movement = !previous ? 'unknown' : latest.value > previous.value ? 'up' : latest.value < previous.value ? 'down' : 'flat';
    const meaning = movement === 'unknown' ? 'not-enough-data' : movement === 'flat' ? 'no-change' : (movement === 'up') === (kpi.direction === 'increase') ? 'improving' : 'worsening';
    const value = formatValue(latest.value, kpi.unit, latest.status);
    const period = describePeriod(latest.period);
    const flags = [latest.status === 'provisional' || latest.status === 'estimate' ? latest.status : '', this.feed.sample ? 'sample data' : ''].filter(Boolean);
    const moved = previous ? `, ${movement === 'flat' ? 'same as' : `${movement} from`} ${formatValue(previous.value, kpi.unit, previous.status)} in ${describePeriod(previous.period)}` : '';
    const changes = [change(kpi, latest, previous), series[0] !== previous ? change(kpi, latest, series[0]) : undefined].filter(Boolean);
    const document = this.feed.documents.find((d) => d.id === latest.citation.doc);
    const from = [kpi.source, document ? `${document.title} (${document.published})` : latest.citation.doc].filter(Boolean).join('; ');
    const sentence = `${kpi.title} ${value} in ${period}${moved}: ${meanings[meaning].toLowerCase()}.${flags.length ? ` (${flags.join(', ')})` : ''}`;
    // Every string is put together first and bound once: each binding costs Lit a marker node.
    return html`<figure><p class="sr">${sentence}</p><div aria-hidden="true"><p class="title">${kpi.title}</p><p class="value" part="value">${value}<span>${[`in ${period}`, ...flags].join(' ')}</span></p><p class="trend">${`${arrows[movement]} ${meanings[meaning]}`}</p>${changes.length ? html`<ul>${changes.map((line) => html`<li>${line}</li>`)}</ul>` : nothing}${sparkline(series.map((o) => o.value))}</div><figcaption>${`Source: ${from}`}</figcaption></figure>`;
  }
}

customElements.define('bare-kpi', BareKpi);
