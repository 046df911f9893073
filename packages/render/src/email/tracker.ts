import { groupActivities, matches, statusLabels, statusOrder, yearOneNote, type StatusCounts, type TrackerData } from '@luton2040/elements/components/action-tracker.model.js';
import { html } from './html.js';
import { colour, statusColour, style } from './palette.js';
import type { WidgetBody } from './widget-body.js';

/** "▪ 1 in progress, ▪ 26 not reported", each mark in its status colour (the words carry the meaning). */
function countsLine(counts: StatusCounts) {
  const present = statusOrder.filter((s) => counts[s] > 0);
  return present.map(
    (s, i) => html`${i > 0 ? ', ' : ''}<span style="color:${statusColour[s]};" aria-hidden="true">■</span> ${counts[s]} ${statusLabels[s].toLowerCase()}`,
  );
}

/** A bar of table cells, one per status, as wide as its share: drawn by every client, even with images off. */
function progressBar(counts: StatusCounts, total: number) {
  const cells = statusOrder
    .filter((s) => counts[s] > 0)
    .map(
      (s) =>
        html`<td width="${((counts[s] / total) * 100).toFixed(1)}%" height="10" style="height:10px;font-size:0;line-height:0;background-color:${statusColour[s]};">&nbsp;</td>`,
    );
  return html`<table role="presentation" width="100%" cellpadding="0" cellspacing="0" border="0"
    style="width:100%;border-collapse:collapse;border:1px solid ${colour.border};margin:0 0 12px;"><tr>${cells}</tr></table>`;
}

/** The action tracker as an email summary: how many activities of each status, by priority. */
export function trackerBody(data: TrackerData, attributes: Readonly<Record<string, string>>): WidgetBody {
  const filter = {
    priority: attributes.priority,
    owner: attributes.owner,
    partner: attributes.partner,
    status: attributes.status,
    year: attributes.year ? Number(attributes.year) : undefined,
    activity: attributes.activity,
  };
  const groups = groupActivities(data, filter);
  const shown = data.activities.filter((a) => matches(a, filter));
  const all = groups.reduce((sum, g) => {
    for (const s of statusOrder) sum[s] += g.counts[s];
    return sum;
  }, Object.fromEntries(statusOrder.map((s) => [s, 0])) as StatusCounts);
  const note = yearOneNote(data.settings);
  return {
    source: 'Luton Employment & Skills Strategy Implementation Plan; status as reported by delivery owners',
    body: html`<p style="${style.heading}">Employment &amp; Skills Strategy: Implementation Plan progress</p>
      <p style="${style.p}">${shown.length === data.activities.length ? '' : `${shown.length} of `}${data.activities.length} activities: ${countsLine(all)}.</p>
      ${groups.map(
        ({ priority, counts, total }) => html`<p style="${style.p}font-weight:bold;margin-bottom:2px;">${priority.number}. ${priority.title}</p>
          <p style="${style.small}margin-bottom:4px;">${total} ${total === 1 ? 'activity' : 'activities'}: ${countsLine(counts)}.</p>
          ${progressBar(counts, total)}`,
      )}
      ${note ? html`<p style="${style.small}">${note}</p>` : ''}`,
  };
}
