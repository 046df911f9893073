import type { FeedData } from '@luton2040/elements/components/vacancy-feed.component.js';
import { employmentTypeLabels, formatDate, formatSalary, openVacancies } from '@luton2040/elements/components/vacancy-feed.model.js';
import { checkLivingWage, livingWageNote, type Vacancy } from '@luton2040/sdk';
import { today } from '../data/today.js';
import { sampleTag } from './frame.js';
import { safeHttpUrl as httpUrl } from '@luton2040/sdk';
import { html } from './html.js';
import { colour, style } from './palette.js';
import type { WidgetBody } from './widget-body.js';

/** The vacancy feed as email: the newest open vacancies, each a link, with the Real Living Wage flag. */
export function vacanciesBody(data: FeedData, attributes: Readonly<Record<string, string>>): WidgetBody {
  const limit = Number(attributes.limit) > 0 ? Number(attributes.limit) : 5;
  const open = openVacancies(data.vacancies, { sector: attributes.sector, contract: attributes.contract, today: attributes.today ?? today() });
  const shown = open.slice(0, limit);
  // Judged on the feed client's clock: past the rates' age limit no vacancy is flagged, and the note says why.
  const wage = data.livingWage;
  const sectors = new Map(data.sectors.map((s) => [s.id, s.name]));
  const item = (v: Vacancy) => {
    const url = httpUrl(v.url);
    const facts = [
      v.salary ? formatSalary(v.salary) : 'Pay not stated',
      v.employmentType.map((t) => employmentTypeLabels[t]).join(', '),
      v.sector ? (sectors.get(v.sector) ?? v.sector) : '',
      v.validThrough ? `Closes ${formatDate(v.validThrough)}` : 'No closing date given',
    ].filter(Boolean);
    const living = checkLivingWage(v, wage).verdict === 'pays';
    return html`<tr><td style="padding:8px 0;border-top:1px solid ${colour.rule};">
      <p style="${style.p}margin-bottom:2px;font-weight:bold;">${url ? html`<a href="${url}" style="${style.link}">${v.title}</a>` : v.title}${v.sample ? html` ${sampleTag()}` : ''}</p>
      <p style="${style.small}margin-bottom:2px;">${v.employer.name}, ${v.location.locality}</p>
      <p style="${style.small}margin-bottom:0;color:${colour.text};">${facts.join(' · ')}${living ? html` · <span style="color:${colour.good};font-weight:bold;">Pays at least the Real Living Wage</span>` : ''}</p>
    </td></tr>`;
  };
  const wageNote = livingWageNote(wage, data.documents);
  return {
    sample: open.some((v) => v.sample),
    body: html`<p style="${style.heading}">Vacancies</p>
      <p style="${style.small}">${open.length === 0 ? 'No open vacancies match.' : `The newest ${shown.length} of ${open.length} open vacancies.`}</p>
      ${shown.length ? html`<table role="presentation" width="100%" cellpadding="0" cellspacing="0" border="0" style="width:100%;border-collapse:collapse;margin:0 0 8px;">${shown.map(item)}</table>` : ''}
      ${wageNote ? html`<p style="${style.small}">${wageNote}</p>` : ''}`,
  };
}
