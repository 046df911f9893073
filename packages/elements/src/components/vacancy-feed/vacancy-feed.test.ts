import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { Vacancy } from '@luton2040/schema';
import '../../define/data.js';
import '../../define/vacancy-feed.js';
import { memoryClient } from '../../test-support/memory-feed.js';
import type { LutonVacancyFeed } from './vacancy-feed.component.js';

const cite = { doc: 'test-doc', section: 'Test' };
const sectors = [
  { id: 'construction', order: 1, name: 'Construction', citation: cite },
  { id: 'ict', order: 2, name: 'ICT', citation: cite },
];
// A synthetic test rate, announced 1 October 2026: the flag may be shown until 1 November 2027.
const livingWageRates = [{ announced: '2026-10-01', ukOutsideLondon: 12, note: 'Test rate (synthetic test data).', citation: cite }];
const clockOn = (day: string) => ({ now: () => Date.parse(`${day}T12:00:00Z`) });

/** Synthetic test data: vacancy `n`, posted on day `n` of November 2026. */
function vacancy(n: number, overrides: Partial<Vacancy> = {}): Vacancy {
  return {
    id: `v${n}`,
    title: `Test job ${n}`,
    employer: { name: `Employer ${n}` },
    location: { locality: 'Luton' },
    salary: { min: 12.5, unit: 'HOUR', currency: 'GBP' },
    employmentType: ['FULL_TIME'],
    sector: 'construction',
    datePosted: `2026-11-${String(n).padStart(2, '0')}`,
    validThrough: '2026-12-31',
    url: `https://example.org/jobs/${n}`,
    sample: true,
    ...overrides,
  };
}

async function feedOf(vacancies: unknown[], attributes = html``, day = '2026-11-25'): Promise<LutonVacancyFeed> {
  const client = memoryClient({ vacancies, sectors, livingWageRates }, { onDroppedRecord: () => {}, clock: clockOn(day) });
  const provider = await fixture<HTMLElement>(html`<luton-data .client=${client}>${attributes}</luton-data>`);
  const el = provider.querySelector<LutonVacancyFeed>('luton-vacancy-feed')!;
  await waitUntil(() => el.shadowRoot!.querySelector('.count, [part~="error"]'), 'feed settled', { timeout: 5000 });
  return el;
}

const titles = (el: LutonVacancyFeed) => [...el.shadowRoot!.querySelectorAll('.title')].map((t) => t.firstElementChild?.textContent?.replace(' (opens in a new tab)', '') ?? '');

describe('<luton-vacancy-feed>', () => {
  it('lists open vacancies newest first, hides expired ones, labels sample data and sends luton-load', async () => {
    const client = memoryClient({ vacancies: [vacancy(1), vacancy(3), vacancy(2, { validThrough: '2026-11-20' })], sectors, livingWageRates }, { clock: clockOn('2026-11-25') });
    const provider = await fixture<HTMLElement>(html`<luton-data .client=${client}></luton-data>`);
    const loaded = oneEvent(provider, 'luton-load');
    const el = Object.assign(document.createElement('luton-vacancy-feed'), { today: '2026-11-25' });
    provider.append(el);
    expect((await loaded).detail).to.deep.equal({ resource: 'vacancies' });
    await el.updateComplete;
    expect(titles(el)).to.deep.equal(['Test job 3', 'Test job 1']);
    expect(el.shadowRoot!.querySelector('.banner')!.textContent).to.contain('Sample data');
    expect(el.shadowRoot!.querySelectorAll('.tag').length).to.equal(2);
    await expect(el).to.be.accessible();
  });

  it('formats pay and flags the Real Living Wage from the rate in the data', async () => {
    const el = await feedOf(
      [
        vacancy(1, { salary: { min: 12.5, unit: 'HOUR', currency: 'GBP' } }),
        vacancy(2, { salary: { min: 21000, max: 23500, unit: 'YEAR', currency: 'GBP' } }),
        vacancy(3, { salary: { min: 11.5, unit: 'HOUR', currency: 'GBP' } }),
      ],
      html`<luton-vacancy-feed today="2026-11-25"></luton-vacancy-feed>`,
    );
    const items = [...el.shadowRoot!.querySelectorAll('[part~="vacancy"]')].map((v) => v.querySelector('.facts')!.textContent!.replace(/\s+/g, ' '));
    expect(items[0]).to.contain('£11.50 an hour').and.not.contain('Real Living Wage');
    // £21,000 a year is £10.77 an hour at 37.5 hours a week: below the £12.00 test rate.
    expect(items[1]).to.contain('£21,000 to £23,500 a year').and.not.contain('Real Living Wage');
    expect(items[2]).to.contain('£12.50 an hour').and.contain('Pays at least the Real Living Wage');
    expect(el.shadowRoot!.querySelector('.note')!.textContent).to.contain('£12.00 an hour');
  });

  it('withdraws the flag, and says the rate needs updating, once the newest rate is more than 13 months old', async () => {
    const vacancies = [vacancy(1, { salary: { min: 12.5, unit: 'HOUR', currency: 'GBP' } })];
    const el = await feedOf(vacancies, html`<luton-vacancy-feed today="2026-11-25"></luton-vacancy-feed>`, '2027-11-02');
    expect(el.shadowRoot!.querySelector('[part="living-wage"]')).to.equal(null);
    expect(el.shadowRoot!.querySelector('input[name="living-wage"]'), 'no filter by a rate that is out of date').to.equal(null);
    expect(el.shadowRoot!.querySelector('.note')!.textContent).to.contain('is more than 13 months old and needs updating');
    await expect(el).to.be.accessible();
  });

  it('filters to jobs paying at least the Real Living Wage, by attribute and by its checkbox', async () => {
    const vacancies = [
      vacancy(1, { salary: { min: 12.5, unit: 'HOUR', currency: 'GBP' } }),
      vacancy(2, { salary: { min: 11.5, unit: 'HOUR', currency: 'GBP' } }),
      vacancy(3, { salary: undefined }),
    ];
    const byAttribute = await feedOf(vacancies, html`<luton-vacancy-feed living-wage today="2026-11-25"></luton-vacancy-feed>`);
    expect(titles(byAttribute)).to.deep.equal(['Test job 1']);

    const el = await feedOf(vacancies, html`<luton-vacancy-feed today="2026-11-25"></luton-vacancy-feed>`);
    expect(titles(el)).to.have.length(3);
    el.shadowRoot!.querySelector<HTMLInputElement>('input[name="living-wage"]')!.focus();
    // The key's value, not its code: only Chromium's puppeteer knows the name "Space".
    await sendKeys({ press: ' ' });
    await el.updateComplete;
    expect(el.livingWage).to.equal(true);
    expect(titles(el)).to.deep.equal(['Test job 1']);
    expect(el.shadowRoot!.querySelector('.note')!.textContent).to.contain('Source: test-doc');
    await expect(el).to.be.accessible();
  });

  it('filters by sector and contract through its controls, by keyboard', async () => {
    const el = await feedOf(
      [vacancy(1), vacancy(2, { sector: 'ict' }), vacancy(3, { sector: 'ict', employmentType: ['APPRENTICESHIP'] })],
      html`<luton-vacancy-feed today="2026-11-25"></luton-vacancy-feed>`,
    );
    const sector = el.shadowRoot!.querySelector<HTMLSelectElement>('select[name="sector"]')!;
    sector.focus();
    await sendKeys({ press: 'ArrowDown' }); // Construction
    await sendKeys({ press: 'ArrowDown' }); // ICT
    await el.updateComplete;
    expect(sector.value).to.equal('ict');
    expect(titles(el)).to.deep.equal(['Test job 3', 'Test job 2']);
    await sendKeys({ press: 'Tab' });
    const contract = el.shadowRoot!.querySelector<HTMLSelectElement>('select[name="contract"]')!;
    expect(el.shadowRoot!.activeElement).to.equal(contract);
    // Apprenticeship is the eighth option after "All contracts".
    for (let step = 0; step < 8; step += 1) await sendKeys({ press: 'ArrowDown' });
    await el.updateComplete;
    expect(contract.value).to.equal('APPRENTICESHIP');
    expect(titles(el)).to.deep.equal(['Test job 3']);
    await expect(el).to.be.accessible();
  });

  it('shows a limited number, and "show more" moves focus to the first new vacancy', async () => {
    const el = await feedOf([1, 2, 3, 4, 5].map((n) => vacancy(n)), html`<luton-vacancy-feed limit="2" today="2026-11-25"></luton-vacancy-feed>`);
    expect(titles(el)).to.deep.equal(['Test job 5', 'Test job 4']);
    const more = el.shadowRoot!.querySelector<HTMLButtonElement>('[part="more"]')!;
    more.focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    await waitUntil(() => el.shadowRoot!.activeElement?.matches('[part~="vacancy"]'), 'focus moved');
    expect(el.shadowRoot!.activeElement!.textContent).to.contain('Test job 3');
    expect(titles(el)).to.have.length(4);
  });

  it('renders hostile strings as text and never links a non-web address', async () => {
    const w = window as unknown as { pwned?: boolean };
    const el = await feedOf(
      [
        vacancy(1, {
          title: '<img src=x onerror="window.pwned=true">Evil job',
          employer: { name: '<script>window.pwned=true</script>Evil Ltd', url: 'https://example.org/evil' },
          location: { locality: '<b onmouseover="window.pwned=true">Luton</b>' },
        }),
        vacancy(2, { url: 'javascript:window.pwned=true' }),
        vacancy(3, { employer: { name: 'Data URL Ltd', url: 'data:text/html,<script>window.pwned=true</script>' } }),
      ],
      html`<luton-vacancy-feed today="2026-11-25"></luton-vacancy-feed>`,
    );
    expect(titles(el)).to.deep.equal(['<img src=x onerror="window.pwned=true">Evil job']);
    expect(el.shadowRoot!.querySelectorAll('img, script, b').length).to.equal(0);
    expect([...el.shadowRoot!.querySelectorAll('a')].map((a) => a.protocol)).to.deep.equal(['https:', 'https:']);
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(w.pwned).to.equal(undefined);
  });

  it('is accessible while loading, and clear when the feed fails, with luton-error', async () => {
    const errors: Error[] = [];
    const page = await fixture<HTMLElement>(html`<div @luton-error=${(e: CustomEvent<{ error: Error }>) => errors.push(e.detail.error)}></div>`);
    const el = Object.assign(document.createElement('luton-vacancy-feed'), { src: '/missing-feed/index.json' });
    page.append(el);
    // Its first render, before the feed can have answered.
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('[aria-busy="true"]')).to.exist;
    await expect(el).to.be.accessible();
    await waitUntil(() => el.shadowRoot!.querySelector('[part~="error"]'), 'error shown', { timeout: 5000 });
    expect(el.shadowRoot!.querySelector('[role="alert"] [part="title"]')!.textContent).to.equal('This list could not be loaded.');
    expect(el.shadowRoot!.querySelector('[role="alert"] [part="detail"]')!.textContent).to.contain('HTTP 404');
    expect(errors.map((e) => e.message)).to.have.length(1);
    await expect(el).to.be.accessible();
  });

  it('says so when no vacancy matches', async () => {
    const el = await feedOf([vacancy(1)], html`<luton-vacancy-feed sector="ict" today="2026-11-25"></luton-vacancy-feed>`);
    expect(el.shadowRoot!.querySelector('.count')!.textContent).to.equal('No open vacancies match.');
    expect(el.shadowRoot!.querySelector('[data-state="no-data"]')).to.exist;
    expect(el.shadowRoot!.querySelector('.banner')!.textContent, 'the feed is still sample data').to.contain('Sample data');
    await expect(el).to.be.accessible();
  });
});
