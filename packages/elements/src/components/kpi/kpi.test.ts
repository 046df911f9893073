import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { createClient, describePeriod, formatValue, trendOf } from '@luton2040/sdk';
import '../../define/data.js';
import '../../define/kpi.js';
import type { LutonKpi } from './kpi.component.js';

const FEED = '/packages/data/dist/feed/index.json';
const FIXTURES = '/packages/elements/test-fixtures';

const part = (el: HTMLElement, name: string) => el.shadowRoot!.querySelector<HTMLElement>(`[part~="${name}"]`);
const settled = (el: LutonKpi) => waitUntil(() => part(el, 'value') ?? part(el, 'error') ?? el.shadowRoot!.querySelector('[data-state="no-data"]'), 'tile never settled', { timeout: 5000 });

describe('<luton-kpi>', () => {
  it('shows the latest Luton figure of the built feed, its period, trend and source, and sends luton-load', async () => {
    const kpis = await createClient({ feedUrl: new URL(FEED, location.href).href }).kpis.list();
    // Any measure of the reference data with a trend and a named source: the test takes every expectation from it.
    const kpi = kpis.find((k) => trendOf(k).previous && k.source);
    expect(kpi, 'the reference data has a measure with a trend and a source').to.exist;
    const latest = trendOf(kpi!).latest!;

    const root = await fixture<HTMLElement>(html`<div></div>`);
    const loaded = oneEvent(root, 'luton-load');
    const el = document.createElement('luton-kpi');
    Object.assign(el, { kpi: kpi!.id, src: FEED });
    root.append(el);
    expect((await loaded).detail).to.deep.equal({ resource: 'kpis', id: kpi!.id });
    await settled(el);
    expect(part(el, 'title')!.textContent).to.equal(kpi!.title);
    expect(part(el, 'value')!.textContent).to.contain(formatValue(latest.value, kpi!.unit, latest.status));
    expect(part(el, 'period')!.textContent).to.equal(`in ${describePeriod(latest.period)}`);
    expect(part(el, 'source')!.textContent).to.contain(kpi!.source!);
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

  it('shows a clear error and sends luton-error when the feed is missing, and the rest of the page is intact', async () => {
    const errors: Error[] = [];
    const listen = (e: CustomEvent<{ error: Error }>) => errors.push(e.detail.error);
    const page = await fixture<HTMLElement>(html`<div @luton-error=${listen}>
      <p id="host-text">Partner page text</p>
      <luton-kpi id="broken" kpi="neet-rate" src="/no-such-feed/index.json"><a href="https://example.org/source">The figure at its source</a></luton-kpi>
      <luton-kpi id="working" kpi="good-measure" src=${`${FIXTURES}/bad-record/index.json`}></luton-kpi>
    </div>`);
    const broken = page.querySelector<LutonKpi>('#broken')!;
    const working = page.querySelector<LutonKpi>('#working')!;
    await settled(broken);
    await settled(working);
    const error = part(broken, 'error')!;
    expect(error.getAttribute('role')).to.equal('alert');
    expect(part(broken, 'title')!.textContent).to.equal('This figure could not be loaded.');
    expect(part(broken, 'detail')!.textContent).to.contain('HTTP 404');
    expect(error.querySelector('slot')!.assignedElements()[0]!.getAttribute('href'), "the page author's fallback link stays").to.equal('https://example.org/source');
    expect(errors.map((e) => e.message)).to.have.length(1);
    expect(errors[0]!.message).to.contain('HTTP 404');
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

  it('drops a record that fails validation, says why on the console, and still shows the valid ones', async () => {
    const warnings: unknown[][] = [];
    const warn = console.warn;
    console.warn = (...args: unknown[]) => warnings.push(args);
    try {
      // A query string of its own, so that no client in the page has this feed cached and the warning is new.
      const feed = `${FIXTURES}/bad-record/index.json?warnings`;
      const page = await fixture<HTMLElement>(html`<div>
        <luton-kpi id="dropped" kpi="broken-measure" src=${feed}></luton-kpi>
        <luton-kpi id="valid" kpi="good-measure" src=${feed}></luton-kpi>
      </div>`);
      const dropped = page.querySelector<LutonKpi>('#dropped')!;
      const valid = page.querySelector<LutonKpi>('#valid')!;
      await settled(dropped);
      await settled(valid);
      expect(part(dropped, 'title')!.textContent).to.equal('There is no measure called “broken-measure” in the feed.');
      expect(part(dropped, 'detail'), 'a missing record needs no technical detail').to.equal(null);
      expect(part(valid, 'value')!.textContent).to.contain('7.5%');
      const said = warnings.map((args) => args.map((a) => (typeof a === 'string' ? a : JSON.stringify(a))).join(' '));
      expect(said.filter((line) => line.includes('broken-measure')), 'one warning for the dropped record').to.have.length(1);
      expect(said.find((line) => line.includes('broken-measure'))).to.contain('direction').and.contain('observations.0.value');
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

  it('asks for its kpi attribute when it has none, and says so in luton-error', async () => {
    const root = await fixture<HTMLElement>(html`<div></div>`);
    const failed = oneEvent(root, 'luton-error');
    const el = document.createElement('luton-kpi');
    el.src = FEED;
    root.append(el);
    expect((await failed).detail.error).to.be.instanceOf(TypeError);
    await settled(el);
    expect(part(el, 'title')!.textContent).to.equal('<luton-kpi> needs a kpi attribute.');
    await expect(el).to.be.accessible();
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
