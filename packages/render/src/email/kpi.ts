import { kpiSeriesAlt } from '@luton2040/elements';
import { kpiEn } from '@luton2040/elements/components/kpi/kpi.en.js';
import { wordsFor } from '@luton2040/elements/i18n/words-for.js';
import { sparklineSvg } from '../charts/sparkline-svg.js';
import type { Drawn } from '../widget-output.js';
import { tag } from './frame.js';
import { html } from './html.js';
import { colour, font, style, trendColour } from './palette.js';
import type { Pictures } from './pictures.js';
import type { WidgetBody } from './widget-body.js';

/** The KPI tile as email: value, period, flags, trend, changes, the sparkline as a PNG. */
export async function kpiBody({ data, view, attributes }: Drawn<'luton-kpi'>, pictures: Pictures): Promise<WidgetBody> {
  const { figure, trend } = view;
  if (!figure) return { body: html`<p style="${style.heading}">${view.title}</p><p style="${style.p}">${view.noData}</p>`, source: view.source };
  const line = view.detailed ? await sparklineSvg(view.series, colour.accent) : undefined;
  const picture = line ? pictures.add('sparkline', line, kpiSeriesAlt(data, await wordsFor(kpiEn, 'luton-kpi', attributes.lang))) : '';
  return {
    source: view.source,
    body: html`<p style="${style.heading}">${view.title}</p>
      <p style="margin:0 0 4px;font-family:${font};color:${colour.text};"><span style="font-size:32px;line-height:1.1;font-weight:bold;">${figure.text}</span> <span style="font-size:15px;color:${colour.muted};">${figure.period}</span>
      ${view.flags.map((flag) => html` ${tag(flag)}`)}</p>
      <p style="${style.p}color:${trendColour[trend.meaning]};font-weight:bold;">${trend.arrow} ${trend.text}</p>
      ${view.detailed && view.changes.length ? html`<ul style="${style.list}">${view.changes.map((text) => html`<li>${text}</li>`)}</ul>` : ''}
      ${picture ? html`<div style="margin:0 0 8px;">${picture}</div>` : ''}`,
  };
}
