import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { createClient, figureIn, trendOf, type Kpi } from '@luton2040/sdk';
import '../define/data.js';
import '../define/kpi.js';
import '../define/comparator-bars.js';
import '../define/action-tracker.js';
import '../define/vacancy-feed.js';
import '../define/pledge-badge.js';
import type { Catalogue } from './catalogue.js';
import { catalogueProblems } from './check-catalogue.js';
import { english } from './english.js';
import pl from './locales/pl.js';
import ro from './locales/ro.js';
import ur from './locales/ur.js';
import { registerTranslation } from './register-translation.js';

const REFERENCE = '/packages/data/dist/feed/index.json';
const DEMO = '/dist/demo/feed/index.json';
const shipped: Catalogue[] = [ur, pl, ro];

const part = (el: Element, name: string) => el.shadowRoot!.querySelector<HTMLElement>(`[part~="${name}"]`);
const content = (el: Element) => el.shadowRoot!.firstElementChild as HTMLElement;
const drawn = (el: Element) =>
  waitUntil(() => part(el, 'value') ?? part(el, 'summary') ?? part(el, 'count') ?? part(el, 'name') ?? part(el, 'error'), `${el.localName} never drew`, { timeout: 8000 });

/** A measure of the reference data whose latest figure is a percentage with a decimal part, so that separators show. */
async function decimalPercent(): Promise<{ kpi: Kpi; value: number }> {
  const kpis = await createClient({ feedUrl: new URL(REFERENCE, location.href).href }).kpis.list();
  for (const kpi of kpis) {
    const latest = trendOf(kpi).latest;
    if (kpi.unit === 'percent' && latest && !Number.isInteger(latest.value) && latest.status !== 'approximate') return { kpi, value: latest.value };
  }
  throw new Error('the reference data has no decimal percentage');
}

describe('languages', () => {
  describe('catalogues', () => {
    for (const catalogue of shipped) {
      it(`${catalogue.locale} has exactly the keys English has, and says whether it is reviewed`, () => {
        expect(catalogueProblems(catalogue)).to.deep.equal([]);
        expect(catalogue.review.reviewed, 'no native speaker has reviewed the shipped translations').to.equal(false);
      });
    }

    it('the key check names a missing key, an extra key and a word where English has a function', () => {
      const kpi = { ...pl['luton-kpi'], trend: { ...pl['luton-kpi'].trend }, extra: 'x', loading: 'Wczytywanie' } as Record<string, unknown>;
      delete (kpi.trend as Record<string, unknown>).improving;
      const problems = catalogueProblems({ ...pl, 'luton-kpi': kpi } as unknown as Catalogue);
      expect(problems).to.have.members([
        'luton-kpi.trend.improving: missing (English has it)',
        'luton-kpi.extra: not a key English has (misspelt, or removed)',
        'luton-kpi.loading: is string, English has function',
      ]);
    });
  });

  describe('a page in Urdu, right to left', () => {
    let lang: string;
    let dir: string;
    before(() => {
      lang = document.documentElement.lang;
      dir = document.documentElement.dir;
      document.documentElement.lang = 'ur';
      document.documentElement.dir = 'rtl';
    });
    after(() => {
      document.documentElement.lang = lang;
      document.documentElement.dir = dir;
    });

    it('shows every widget in Urdu, mirrored, with the data’s English text marked and isolated', async () => {
      const client = createClient({ feedUrl: new URL(DEMO, location.href).href });
      const [pledge] = await client.pledges.list();
      const compared = (await client.kpis.list()).find((k) => k.unit === 'percent' && k.comparators.length > 0 && trendOf(k).latest);
      expect(compared, 'the demo data has a percentage with comparators').to.exist;
      const page = await fixture<HTMLElement>(html`<luton-data src=${DEMO}>
        <luton-kpi kpi="neet-rate" compare="england"></luton-kpi>
        <luton-comparator-bars kpi=${compared!.id} chart="html"></luton-comparator-bars>
        <luton-action-tracker></luton-action-tracker>
        <luton-vacancy-feed></luton-vacancy-feed>
        <luton-pledge-badge org=${pledge!.organisation.id} variant="full"></luton-pledge-badge>
      </luton-data>`);
      const widgets = [...page.querySelectorAll('luton-kpi, luton-comparator-bars, luton-action-tracker, luton-vacancy-feed, luton-pledge-badge')];
      await Promise.all(widgets.map(drawn));
      for (const el of widgets) {
        expect(part(el, 'error'), `${el.localName} drew its data`).to.equal(null);
        expect(content(el).lang, `${el.localName} content language`).to.equal('ur');
        expect(getComputedStyle(content(el)).direction, `${el.localName} direction`).to.equal('rtl');
      }
      const [kpi, bars, tracker, vacancies, badge] = widgets as [Element, Element, Element, Element, Element];
      const meaning = content(kpi).dataset.meaning as keyof Catalogue['luton-kpi']['trend'];
      expect(part(kpi, 'trend')!.textContent).to.contain(ur['luton-kpi'].trend[meaning]);
      const title = part(kpi, 'title')!.querySelector('bdi')!;
      expect(title.lang).to.equal('en-GB');
      expect(getComputedStyle(title).unicodeBidi).to.equal('isolate');
      expect(part(bars, 'summary')!.textContent).to.match(/^لوٹن: /);
      expect(bars.shadowRoot!.querySelector('.bars .name bdi')!.getAttribute('lang')).to.equal('en-GB');
      expect(part(tracker, 'title')!.textContent).to.equal(ur['luton-action-tracker'].heading);
      expect(vacancies.shadowRoot!.textContent).to.contain(ur['luton-vacancy-feed'].heading);
      expect(badge.shadowRoot!.textContent).to.contain(ur['luton-pledge-badge'].heading);
      // Mirrored: the tile's (short) title starts at its right edge.
      const box = content(kpi).getBoundingClientRect();
      const titleBox = title.getBoundingClientRect();
      expect(box.right - titleBox.right).to.be.lessThan(titleBox.left - box.left);
      for (const el of widgets) await expect(el).to.be.accessible();
    });
  });

  describe('numbers in the reader’s language', () => {
    for (const catalogue of [pl, ro]) {
      it(`lang="${catalogue.locale}" shows ${catalogue.name} words and ${catalogue.name} number formats`, async () => {
        const { kpi, value } = await decimalPercent();
        const el = await fixture<HTMLElement>(html`<div lang=${catalogue.locale}><luton-kpi kpi=${kpi.id} src=${REFERENCE}></luton-kpi></div>`);
        const tile = el.querySelector('luton-kpi')!;
        await drawn(tile);
        const expected = figureIn(value, 'percent', undefined, catalogue['luton-kpi']);
        expect(expected, 'the decimal separator is a comma').to.contain(',');
        expect(part(tile, 'value')!.querySelector('data')!.textContent).to.equal(expected);
        expect(part(tile, 'value')!.textContent).not.to.contain(figureIn(value, 'percent', undefined, english['luton-kpi']));
        const meaning = content(tile).dataset.meaning as keyof Catalogue['luton-kpi']['trend'];
        expect(part(tile, 'trend')!.textContent).to.contain(catalogue['luton-kpi'].trend[meaning]);
        expect(content(tile).lang).to.equal(catalogue.locale);
        expect(content(tile).dir).to.equal('ltr');
      });
    }
  });

  describe('following the page', () => {
    it('redraws in the new language when the page’s lang changes at run time', async () => {
      const el = await fixture<HTMLElement>(html`<div lang="en-GB"><luton-kpi kpi="neet-rate" src=${REFERENCE}></luton-kpi></div>`);
      const tile = el.querySelector('luton-kpi')!;
      await drawn(tile);
      const meaning = content(tile).dataset.meaning as keyof Catalogue['luton-kpi']['trend'];
      expect(part(tile, 'trend')!.textContent).to.contain(english['luton-kpi'].trend[meaning]);
      el.lang = 'pl';
      await waitUntil(() => part(tile, 'trend')?.textContent?.includes(pl['luton-kpi'].trend[meaning]), 'never redrew in Polish');
      el.lang = 'ur';
      await waitUntil(() => part(tile, 'trend')?.textContent?.includes(ur['luton-kpi'].trend[meaning]), 'never redrew in Urdu');
      expect(content(tile).dir).to.equal('rtl');
      el.removeAttribute('lang');
      // No lang nearer than the document's (en-GB in the test page): English again.
      await waitUntil(() => part(tile, 'trend')?.textContent?.includes(english['luton-kpi'].trend[meaning]), 'never went back to English');
    });

    it('follows the documentElement’s lang when nothing nearer has one', async () => {
      const before = document.documentElement.lang;
      const tile = await fixture<HTMLElement>(html`<luton-kpi kpi="neet-rate" src=${REFERENCE}></luton-kpi>`);
      await drawn(tile);
      const meaning = content(tile).dataset.meaning as keyof Catalogue['luton-kpi']['trend'];
      try {
        document.documentElement.lang = 'ro-RO';
        await waitUntil(() => part(tile, 'trend')?.textContent?.includes(ro['luton-kpi'].trend[meaning]), 'never redrew in Romanian');
      } finally {
        document.documentElement.lang = before;
      }
    });

    it('takes the language of an enclosing <luton-data lang>, and a widget’s own lang over it', async () => {
      const el = await fixture<HTMLElement>(html`<luton-data lang="ro" src=${REFERENCE}>
        <luton-kpi kpi="neet-rate"></luton-kpi><luton-kpi kpi="neet-rate" lang="pl"></luton-kpi>
      </luton-data>`);
      const [inherited, own] = [...el.querySelectorAll<HTMLElement>('luton-kpi')] as [HTMLElement, HTMLElement];
      await Promise.all([drawn(inherited), drawn(own)]);
      expect(content(inherited).lang).to.equal('ro');
      expect(content(own).lang).to.equal('pl');
      expect(part(own, 'source')!.textContent).to.match(new RegExp(`^${pl['luton-kpi'].source}: `));
    });

    it('shows English, marked as English, for a language it has no words for', async () => {
      const el = await fixture<HTMLElement>(html`<div lang="fr"><luton-kpi kpi="neet-rate" src=${REFERENCE}></luton-kpi></div>`);
      const tile = el.querySelector('luton-kpi')!;
      await drawn(tile);
      expect(content(tile).lang).to.equal('en-GB');
      expect(part(tile, 'source')!.textContent).to.match(/^Source: /);
    });

    it('draws in a language a partner registers with one file, English standing in for any word it lacks', async () => {
      const el = await fixture<HTMLElement>(html`<div lang="cy"><luton-kpi kpi="neet-rate" src=${REFERENCE}></luton-kpi></div>`);
      const tile = el.querySelector('luton-kpi')!;
      await drawn(tile);
      const { source: _left, ...kpiWords } = english['luton-kpi'];
      registerTranslation({ ...english, locale: 'cy', name: 'Cymraeg', review: { reviewed: false }, 'luton-kpi': { ...kpiWords, estimate: 'amcangyfrif' } as never });
      await waitUntil(() => content(tile).lang === 'cy', 'never redrew in the registered language');
      expect(part(tile, 'source')!.textContent).to.match(/^Source: /);
    });
  });
});
