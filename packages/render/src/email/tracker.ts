import type { StatusCountView } from '@luton2040/elements/components/action-tracker/action-tracker.view.js';
import type { Drawn } from '../widget-output.js';
import { html } from './html.js';
import { colour, statusColour, style } from './palette.js';
import type { WidgetBody } from './widget-body.js';

/** "27 activities: ▪ 1 in progress, ▪ 26 not reported.", each mark in its status colour (the words carry the meaning). */
function countsLine(lead: string, counts: readonly StatusCountView[]) {
  const marked = counts.map(({ status, text }, i) => html`${i > 0 ? ', ' : ''}<span style="color:${statusColour[status]};" aria-hidden="true">■</span> ${text}`);
  return html`${lead}: ${marked}.`;
}

/** A bar of table cells, one per status, as wide as its share: drawn by every client, even with images off. */
function progressBar(segments: readonly { status: StatusCountView['status']; percent: number }[]) {
  const cells = segments.map(
    ({ status, percent }) =>
      html`<td width="${percent.toFixed(1)}%" height="10" style="height:10px;font-size:0;line-height:0;background-color:${statusColour[status]};">&nbsp;</td>`,
  );
  return html`<table role="presentation" width="100%" cellpadding="0" cellspacing="0" border="0"
    style="width:100%;border-collapse:collapse;border:1px solid ${colour.border};margin:0 0 12px;"><tr>${cells}</tr></table>`;
}

/** The action tracker as an email summary: how many activities of each status, by priority. */
export function trackerBody({ view }: Drawn<'luton-action-tracker'>): WidgetBody {
  return {
    source: view.source,
    body: html`<p style="${style.heading}">${view.heading}</p>
      <p style="${style.p}">${countsLine(view.overall.lead, view.overall.counts)}</p>
      ${view.priorities.map(
        (priority) => html`<p style="${style.p}font-weight:bold;margin-bottom:2px;">${priority.heading}</p>
          <p style="${style.small}margin-bottom:4px;">${countsLine(priority.lead, priority.counts)}</p>
          ${progressBar(priority.segments)}`,
      )}
      ${view.note ? html`<p style="${style.small}">${view.note}</p>` : ''}`,
  };
}
