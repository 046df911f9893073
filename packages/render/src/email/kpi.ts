import type { KpiView } from '@luton2040/elements/components/kpi.component.js';
import { formatValue, periodLabel, sourceOf, type TrendMeaning } from '@luton2040/sdk';
import { sparklineSvg } from '../charts/sparkline-svg.js';
import { sampleTag } from './frame.js';
import { html } from './html.js';
import { colour, font, style, trendColour } from './palette.js';
import type { Pictures } from './pictures.js';
import type { WidgetBody } from './widget-body.js';

// The tile's words and arrows for a trend (a falling NEET rate is "improving").
const arrows = { up: '▲', down: '▼', flat: '▶', unknown: '–' } as const;
const meanings: Record<TrendMeaning, string> = {
  improving: 'Improving',
  worsening: 'Worsening',
  'no-change': 'No change',
  'not-enough-data': 'Not enough data for a trend',
  'not-comparable': 'No trend: the figures cannot be compared',
};

/** The KPI tile as email: value, period, trend, changes, the sparkline as a PNG, source. */
export async function kpiBody({ kpi, description, document, sample }: KpiView, pictures: Pictures, attributes: Readonly<Record<string, string>>): Promise<WidgetBody> {
  const { latest, trend } = description;
  // Where the figure came from first; the KPI's planned source only as planned.
  const source = latest ? sourceOf(kpi, latest, document ? [document] : []).text : kpi.source ? `planned source: ${kpi.source}` : '';
  if (!latest) {
    return { body: html`<p style="${style.heading}">${kpi.title}</p><p style="${style.p}">No figures have been published for “${kpi.title}” yet.</p>`, source };
  }
  const flags = [latest.status === 'provisional' ? 'provisional' : '', latest.status === 'estimate' ? 'estimate' : ''].filter(Boolean);
  const full = attributes.variant !== 'compact';
  const changes = [description.sinceLast?.text, description.sinceBaseline?.text, description.gap?.text].filter((line): line is string => Boolean(line));
  const line = await sparklineSvg(description.series, colour.accent);
  const points = description.series.map((o) => `${periodLabel(o)} ${formatValue(o.value, kpi.unit, o.status)}`).join(', ');
  const picture = full && line ? pictures.add('sparkline', line, `Line of ${kpi.title} by period: ${points}.`) : '';
  return {
    source,
    body: html`<p style="${style.heading}">${kpi.title}</p>
      <p style="margin:0 0 4px;font-family:${font};color:${colour.text};"><span style="font-size:32px;line-height:1.1;font-weight:bold;">${description.value}</span> <span style="font-size:15px;color:${colour.muted};">${description.when}</span>
      ${flags.map((flag) => html` <span style="${style.tag}">${flag}</span>`)}${sample ? html` ${sampleTag()}` : ''}</p>
      <p style="${style.p}color:${trendColour[trend.meaning]};font-weight:bold;">${arrows[trend.movement]} ${meanings[trend.meaning]}</p>
      ${full && changes.length ? html`<ul style="${style.list}">${changes.map((text) => html`<li>${text}</li>`)}</ul>` : ''}
      ${picture ? html`<div style="margin:0 0 8px;">${picture}</div>` : ''}`,
  };
}
