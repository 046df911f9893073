import { verdictText, type BadgeView } from '@luton2040/elements/components/pledge-badge.component.js';
import { sampleTag } from './frame.js';
import { safeHttpUrl as httpUrl } from '@luton2040/sdk';
import { html } from './html.js';
import { colour, style } from './palette.js';
import type { WidgetBody } from './widget-body.js';

/** The pledge badge as email: the organisation, the registry's verdict and, expanded, the commitments. */
export function pledgeBody({ pledge, verdict, priorities, schemes }: BadgeView, attributes: Readonly<Record<string, string>>): WidgetBody {
  const verified = verdict === 'verified';
  const registry = httpUrl(pledge.registryUrl);
  const website = httpUrl(pledge.organisation.url);
  const byPriority = [...priorities]
    .sort((a, b) => a.order - b.order)
    .map((priority) => ({ priority, commitments: pledge.commitments.filter((c) => c.priority === priority.id) }))
    .filter((g) => g.commitments.length > 0);
  const partnership = schemes.filter((s) => s.kind === 'partnership-pledge' && pledge.partnershipPledges.includes(s.id as never));
  const links = [
    registry ? html`<a href="${registry}" style="${style.link}">Registry entry</a>` : '',
    website ? html`<a href="${website}" style="${style.link}">Organisation website</a>` : '',
  ].filter(Boolean);
  const details =
    attributes.variant === 'expanded'
      ? html`${byPriority.map(
          ({ priority, commitments }) => html`<p style="${style.p}font-weight:bold;margin-bottom:2px;">${priority.title}</p>
            <ul style="${style.list}">${commitments.map((c) => html`<li>${c.text}</li>`)}</ul>`,
        )}
        ${partnership.length ? html`<p style="${style.p}font-weight:bold;margin-bottom:2px;">Employment &amp; Skills Strategy partnership pledges</p><ul style="${style.list}">${partnership.map((s) => html`<li>${s.text}</li>`)}</ul>` : ''}`
      : html`<p style="${style.p}">${pledge.commitments.length} ${pledge.commitments.length === 1 ? 'commitment' : 'commitments'} across ${byPriority.length} of the Luton 2040 priorities.</p>`;
  return {
    body: html`<p style="${style.small}margin-bottom:2px;font-weight:bold;">Luton 2040 Pledge${pledge.sample ? html` ${sampleTag()}` : ''}</p>
      <p style="${style.heading}font-size:20px;">${pledge.organisation.name}</p>
      <p style="${style.p}font-weight:bold;color:${verified ? colour.good : colour.bad};"><span aria-hidden="true">${verified ? '✔' : '!'}</span> ${verdictText[verdict]}</p>
      ${details}
      <p style="${style.small}">Made ${pledge.madeOn}${pledge.reviewOn ? `; review due ${pledge.reviewOn}` : ''}.</p>
      ${links.length ? html`<p style="${style.p}">${links.map((link, i) => html`${i > 0 ? ' · ' : ''}${link}`)}</p>` : ''}`,
  };
}
