import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { createClient, formatValue, trendOf, type Kpi } from '@luton2040/sdk';
import '../define/data.js';
import '../define/kpi.js';
import type { LutonKpi } from './kpi.component.js';

const FEED = '/packages/data/dist/feed/index.json';
const FIXTURES = '/packages/elements/test-fixtures';

const part = (el: HTMLElement, name: string) => el.shadowRoot!.querySelector<HTMLElement>(`[part~="${name}"]`);
const settled = (el: LutonKpi) => waitUntil(() => part(el, 'value') ?? part(el, 'error') ?? el.shadowRoot!.querySelector('[data-state="no-data"]'), 'tile never settled', { timeout: 5000 });

describe('<luton-kpi>', () => {
  it('shows the latest Luton figure of the built feed, its period, trend and source', async () => {
    const kpis = await createClient({ feedUrl: new URL(FEED, location.href).href }).kpis.list();
    const neet = kpis.find((k) => k.id === 'neet-rate') as Kpi;
    const trend = trendOf(neet);
    expect(trend.latest, 'the reference data has a NEET figure').to.exist;

    const el = await fixture<LutonKpi>(html`<luton-kpi kpi="neet-rate" src=${FEED}></luton-kpi>`);
    await settled(el);
    expect(part(el, 'title')!.textContent).to.equal(neet.title);
    expect(part(el, 'value')!.textContent).to.contain(formatValue(trend.latest!.value, neet.unit, trend.latest!.status));
    expect(part(el, 'period')!.textContent).to.contain(trend.latest!.period);
    expect(part(el, 'source')!.textContent).to.contain(neet.source!);
    await expect(el).to.be.accessible();
  });

  it('says in words that a falling figure is improving when success is a decrease', async () => {
    const el = await fixture<LutonKpi>(html`<luton-kpi kpi="good-measure" src=${`${FIXTURES}/bad-record/index.json`}></luton-kpi>`);
    await settled(el);
    const trend = part(el, 'trend')!;
    expect(trend.textContent).to.contain('Improving');
    expect(part(el, 'changes')!.textContent).to.contain('down 2.5 points since 2019');
    expect(el.shadowRoot!.querySelector('.visually-hidden')!.textContent).to.equal(
      'Synthetic measure (test data) 7.5% in 2021, down from 10% in 2019: improving. (sample data)',
    );
    expect(trend.closest('[aria-hidden="true"]'), 'the arrow is not read out; the sentence says it').to.exist;
    expect(part(el, 'sparkline'), 'a sparkline of the two figures').to.exist;
    await expect(el).to.be.accessible();
  });

  it('is accessible while loading and says what it is loading', async () => {
    const el = await fixture<LutonKpi>(html`<luton-kpi kpi="neet-rate" src="/never-answers-quickly/index.json"></luton-kpi>`);
    const base = part(el, 'base')!;
    expect(base.getAttribute('aria-busy')).to.equal('true');
    expect(el.shadowRoot!.querySelector('[role="status"]')!.textContent).to.contain('neet-rate');
    await expect(el).to.be.accessible();
  });

  it('shows a clear error when the feed is missing, and the rest of the page is intact', async () => {
    const page = await fixture<HTMLElement>(html`<div>
      <p id="host-text">Partner page text</p>
      <luton-kpi id="broken" kpi="neet-rate" src="/no-such-feed/index.json"></luton-kpi>
      <luton-kpi id="working" kpi="good-measure" src=${`${FIXTURES}/bad-record/index.json`}></luton-kpi>
    </div>`);
    const broken = page.querySelector<LutonKpi>('#broken')!;
    const working = page.querySelector<LutonKpi>('#working')!;
    await settled(broken);
    await settled(working);
    const error = part(broken, 'error')!;
    expect(error.getAttribute('role')).to.equal('alert');
    expect(error.textContent).to.contain('This figure could not be loaded.');
    expect(error.textContent).to.contain('HTTP 404');
    expect(page.querySelector('#host-text')!.textContent).to.equal('Partner page text');
    expect(part(working, 'value')!.textContent).to.contain('7.5%');
    await expect(broken).to.be.accessible();
  });

  it('shows a clear error when the feed is malformed', async () => {
    const el = await fixture<LutonKpi>(html`<luton-kpi kpi="neet-rate" src=${`${FIXTURES}/malformed/index.json`}></luton-kpi>`);
    await settled(el);
    expect(part(el, 'error')!.textContent).to.contain('malformed JSON');
    await expect(el).to.be.accessible();
  });

  it('drops a record that fails validation and still shows the valid ones', async () => {
    const warnings: unknown[][] = [];
    const warn = console.warn;
    console.warn = (...args: unknown[]) => warnings.push(args);
    try {
      const el = await fixture<LutonKpi>(html`<luton-kpi kpi="broken-measure" src=${`${FIXTURES}/bad-record/index.json`}></luton-kpi>`);
      await settled(el);
      expect(part(el, 'error')!.textContent).to.contain('There is no measure called “broken-measure”');
    } finally {
      console.warn = warn;
    }
  });

  it('says so when a measure has no figures yet', async () => {
    const el = await fixture<LutonKpi>(html`<luton-kpi kpi="empty-measure" src=${`${FIXTURES}/bad-record/index.json`}></luton-kpi>`);
    await settled(el);
    expect(el.shadowRoot!.textContent).to.contain('No figures have been published for “Measure with no figures (test data)” yet.');
    await expect(el).to.be.accessible();
  });

  it('asks for its kpi attribute when it has none', async () => {
    const el = await fixture<LutonKpi>(html`<luton-kpi src=${FEED}></luton-kpi>`);
    await settled(el);
    expect(part(el, 'error')!.textContent).to.contain('<luton-kpi> needs a kpi attribute.');
  });

  it('shows the last good figure, marked out of date, when the feed cannot be reached', async () => {
    let now = Date.UTC(2026, 10, 20);
    let online = true;
    const client = createClient({
      feedUrl: new URL(`${FIXTURES}/bad-record/index.json`, location.href).href,
      // The test server marks fixtures cacheable for a year; answer without caching headers, as a
      // feed whose manifest must be revalidated does, so that going offline is noticed.
      fetch: async (input, init) => {
        if (!online) throw new TypeError('Failed to fetch');
        const answer = await fetch(input, init);
        return new Response(await answer.text(), { status: answer.status, headers: { 'content-type': 'application/json' } });
      },
      clock: { now: () => now, sleep: () => Promise.resolve(), random: () => 0 },
      cache: { maxAge: 1000, staleWhileRevalidate: 0 },
      retry: false,
      onDroppedRecord: () => {},
    });
    await Promise.all([client.kpis.list(), client.documents.list()]);
    online = false;
    now += 60_000;
    const data = await fixture<HTMLElement>(html`<luton-data .client=${client}><luton-kpi kpi="good-measure"></luton-kpi></luton-data>`);
    const el = data.querySelector<LutonKpi>('luton-kpi')!;
    await settled(el);
    expect(part(el, 'value')!.textContent).to.contain('7.5%');
    const flags = [...el.shadowRoot!.querySelectorAll('[part="flag"]')].map((f) => f.textContent);
    expect(flags).to.include('out of date: feed unreachable, copy from 20 Nov 2026');
    expect(el.shadowRoot!.querySelector('.visually-hidden')!.textContent).to.contain('out of date');
    await expect(el).to.be.accessible();
  });

  it('reads from the feed of an enclosing <luton-data>', async () => {
    const data = await fixture<HTMLElement>(html`<luton-data src=${`${FIXTURES}/bad-record/index.json`}>
      <luton-kpi kpi="good-measure"></luton-kpi>
    </luton-data>`);
    const el = data.querySelector<LutonKpi>('luton-kpi')!;
    await settled(el);
    expect(part(el, 'value')!.textContent).to.contain('7.5%');
  });
});
