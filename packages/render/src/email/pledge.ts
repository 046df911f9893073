import type { Drawn } from '../widget-output.js';
import { tag } from './frame.js';
import { html } from './html.js';
import { colour, style } from './palette.js';
import type { WidgetBody } from './widget-body.js';

/** The pledge badge as email: the organisation, the registry's verdict and, expanded, the commitments. */
export function pledgeBody({ view }: Drawn<'luton-pledge-badge'>): WidgetBody {
  const links = [view.registry, view.website].filter((link) => link !== undefined).map((link) => html`<a href="${link.href}" style="${style.link}">${link.text}</a>`);
  const subheading = (text: string) => html`<p style="${style.p}font-weight:bold;margin-bottom:2px;">${text}</p>`;
  const details = view.expanded
    ? html`${view.commitments.groups.map((g) => html`${subheading(g.priority)}<ul style="${style.list}">${g.items.map((text) => html`<li>${text}</li>`)}</ul>`)}
        ${view.partnership.items.length ? html`${subheading(view.partnership.heading)}<ul style="${style.list}">${view.partnership.items.map((text) => html`<li>${text}</li>`)}</ul>` : ''}`
    : html`<p style="${style.p}">${view.commitmentSummary}</p>`;
  return {
    body: html`<p style="${style.small}margin-bottom:2px;font-weight:bold;">${view.heading}${view.sample ? html` ${tag(view.sample)}` : ''}</p>
      <p style="${style.heading}font-size:20px;">${view.name}</p>
      <p style="${style.p}font-weight:bold;color:${view.verified ? colour.good : colour.bad};"><span aria-hidden="true">${view.seal.mark}</span> ${view.seal.text}</p>
      ${details}
      <p style="${style.small}">${view.dates}</p>
      ${links.length ? html`<p style="${style.p}">${links.map((link, i) => html`${i > 0 ? ' · ' : ''}${link}`)}</p>` : ''}`,
  };
}
