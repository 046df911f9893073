import type { VacancyView } from '@luton2040/elements/components/vacancy-feed/vacancy-feed.view.js';
import type { Drawn } from '../widget-output.js';
import { tag } from './frame.js';
import { html } from './html.js';
import { colour, style } from './palette.js';
import type { WidgetBody } from './widget-body.js';

/** One vacancy as a table row: its title as a link, the employer, the facts and the Real Living Wage flag. */
function item(v: VacancyView) {
  return html`<tr><td style="padding:8px 0;border-top:1px solid ${colour.rule};">
      <p style="${style.p}margin-bottom:2px;font-weight:bold;">${v.url ? html`<a href="${v.url}" style="${style.link}">${v.title}</a>` : v.title}${v.sample ? html` ${tag(v.sample)}` : ''}</p>
      <p style="${style.small}margin-bottom:2px;">${v.employer}, ${v.locality}</p>
      <p style="${style.small}margin-bottom:0;color:${colour.text};">${v.facts.join(' · ')}${v.livingWage ? html` · <span style="color:${colour.good};font-weight:bold;">${v.livingWage}</span>` : ''}</p>
    </td></tr>`;
}

/** The vacancy feed as email: the newest open vacancies, each a link, with the Real Living Wage flag. */
export function vacanciesBody({ view }: Drawn<'luton-vacancy-feed'>): WidgetBody {
  return {
    sample: view.sample,
    body: html`<p style="${style.heading}">${view.heading}</p>
      <p style="${style.small}">${view.newest}</p>
      ${view.vacancies.length ? html`<table role="presentation" width="100%" cellpadding="0" cellspacing="0" border="0" style="width:100%;border-collapse:collapse;margin:0 0 8px;">${view.vacancies.map(item)}</table>` : ''}
      ${view.wageNote ? html`<p style="${style.small}">${view.wageNote}</p>` : ''}`,
  };
}
