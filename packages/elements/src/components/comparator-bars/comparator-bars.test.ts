import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../define/comparator-bars.js';
import type { LutonComparatorBars } from './comparator-bars.component.js';

const FEED = '/packages/elements/test-fixtures/comparators/index.json';

const root = (el: HTMLElement) => el.shadowRoot!;
const part = (el: HTMLElement, name: string) => root(el).querySelector<HTMLElement>(`[part~="${name}"]`);
const settled = (el: HTMLElement) =>
  waitUntil(() => part(el, 'chart') ?? part(el, 'table') ?? part(el, 'error') ?? root(el).querySelector('[data-state="no-data"]'), 'never settled', { timeout: 5000 });

describe('<luton-comparator-bars>', () => {
  it('paints accessible HTML bars first: sorted, Luton marked, missing areas listed', async () => {
    const el = await fixture<LutonComparatorBars>(
      html`<luton-comparator-bars kpi="test-rate" src=${FEED} chart="html"></luton-comparator-bars>`,
    );
    await settled(el);
    const names = [...root(el).querySelectorAll('.bars li .name')].map((n) => n.textContent);
    expect(names).to.deep.equal(['Slough', 'Luton', 'England', 'Bedford']);
    expect(root(el).querySelector('.bars li[data-role="luton"] .label')!.textContent).to.equal('4.5%');
    expect(root(el).querySelector('.bars li[data-role="reference"] .name')!.textContent).to.equal('England');
    expect(part(el, 'summary')!.textContent).to.equal(
      'Luton: 4.5% in 2022. Higher than England (3.9%) and Bedford (3.1%). Lower than Slough (5.2%).',
    );
    expect(part(el, 'missing')!.textContent).to.equal('No figure for 2022: Milton Keynes.');
    await expect(el).to.be.accessible();
  });

  it('compares only the areas asked for', async () => {
    const el = await fixture<LutonComparatorBars>(
      html`<luton-comparator-bars kpi="test-rate" areas="england, semlep" src=${FEED} chart="html"></luton-comparator-bars>`,
    );
    await settled(el);
    expect([...root(el).querySelectorAll('.bars li .name')].map((n) => n.textContent)).to.deep.equal(['Luton', 'England']);
    expect(part(el, 'missing')!.textContent).to.equal('No figure for 2022: SEMLEP.');
  });

  it('draws the Vega chart in place once in view, without moving the layout', async () => {
    const el = await fixture<LutonComparatorBars>(html`<luton-comparator-bars kpi="test-rate" src=${FEED}></luton-comparator-bars>`);
    const ready = oneEvent(el, 'luton-chart-ready');
    await settled(el);
    const before = part(el, 'chart')!.getBoundingClientRect().height;
    const heightBefore = el.getBoundingClientRect().height;
    await ready;
    const svg = root(el).querySelector('.vega svg')!;
    expect(svg, 'an SVG chart').to.exist;
    expect(svg.getAttribute('aria-hidden')).to.equal('true');
    expect(root(el).querySelectorAll('.vega svg path, .vega svg rect').length).to.be.greaterThan(3);
    expect(part(el, 'chart')!.getBoundingClientRect().height).to.equal(before);
    expect(el.getBoundingClientRect().height).to.equal(heightBefore);
    expect(svg.textContent).to.contain('Luton');
    await expect(el).to.be.accessible();
  });

  it('on a right-to-left page, reads as English: summary isolated, axis labels whole beside the bars, values after the bar ends', async () => {
    const page = document.documentElement;
    const before = page.dir;
    page.dir = 'rtl';
    try {
      const el = await fixture<LutonComparatorBars>(html`<luton-comparator-bars kpi="test-rate" src=${FEED}></luton-comparator-bars>`);
      const ready = oneEvent(el, 'luton-chart-ready');
      await settled(el);
      await ready;
      // The widget's own text keeps its language's direction, isolated from the page's.
      const summary = part(el, 'summary')!;
      expect(getComputedStyle(summary).direction, 'the summary is laid out left to right').to.equal('ltr');
      expect(getComputedStyle(part(el, 'base')!).unicodeBidi, 'the widget isolates its text').to.equal('isolate');
      expect(summary.closest('[dir]')?.getAttribute('dir'), 'the widget sets dir on its own text').to.equal('ltr');

      const svg = root(el).querySelector('.vega svg')!;
      const names = [...root(el).querySelectorAll('.bars li .name')].map((n) => n.textContent);
      const labels = [...svg.querySelectorAll<SVGTextElement>('.role-axis-label text')];
      expect(labels.map((t) => t.textContent), 'every axis label whole, in order').to.deep.equal(names);
      const bars = [...svg.querySelectorAll('.mark-rect.role-mark path')].map((b) => b.getBoundingClientRect());
      expect(bars).to.have.length(names.length);
      const chartBox = svg.getBoundingClientRect();
      const plotLeft = Math.min(...bars.map((b) => b.left));
      for (const label of labels) {
        const box = label.getBoundingClientRect();
        // The drawn box is at least as wide as the text (engines add a glyph's overhang): nothing of it is cut off.
        expect(box.width, `"${label.textContent}" is drawn at its full width`).to.be.at.least(label.getComputedTextLength() - 1);
        expect(box.left, `"${label.textContent}" starts inside the chart`).to.be.at.least(chartBox.left - 0.5);
        expect(box.right, `"${label.textContent}" ends before the bars`).to.be.at.most(plotLeft + 0.5);
      }
      const values = [...svg.querySelectorAll<SVGTextElement>('.mark-text.role-mark text')];
      expect(values).to.have.length(names.length);
      values.forEach((value, i) => {
        const box = value.getBoundingClientRect();
        expect(box.left, `the value label "${value.textContent}" sits after its bar's end`).to.be.at.least(bars[i]!.right - 0.5);
        expect(box.right, `the value label "${value.textContent}" stays inside the chart`).to.be.at.most(chartBox.right + 0.5);
      });
    } finally {
      page.dir = before;
    }
  });

  it('keeps the figures reachable by keyboard as a table', async () => {
    const el = await fixture<LutonComparatorBars>(
      html`<luton-comparator-bars kpi="test-rate" src=${FEED} chart="html"></luton-comparator-bars>`,
    );
    await settled(el);
    const details = root(el).querySelector('details')!;
    expect(details.open).to.equal(false);
    await sendKeys({ press: 'Tab' });
    expect(root(el).activeElement?.localName).to.equal('summary');
    await sendKeys({ press: 'Enter' });
    expect(details.open).to.equal(true);
    const rows = [...details.querySelectorAll('tbody tr')].map((tr) => [...tr.children].map((cell) => cell.textContent!.trim()));
    expect(rows[1]).to.deep.equal(['Luton', '4.5%', '2022']);
    await expect(el).to.be.accessible();
  });

  it('says there is nothing to compare when Luton has no figure', async () => {
    const el = await fixture<LutonComparatorBars>(html`<luton-comparator-bars kpi="lonely-rate" src=${FEED}></luton-comparator-bars>`);
    await settled(el);
    expect(root(el).textContent).to.contain('there is nothing to compare');
    await expect(el).to.be.accessible();
  });

  it('says there is nothing to compare when no other area has a figure', async () => {
    const el = await fixture<LutonComparatorBars>(html`<luton-comparator-bars kpi="solo-rate" src=${FEED}></luton-comparator-bars>`);
    await settled(el);
    expect(root(el).querySelector('[data-state="no-data"]')!.textContent).to.contain('Luton: 12% in 2022. No other area has a figure');
    expect(part(el, 'chart')).to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('shows ranks as an open table, never as bar lengths', async () => {
    const el = await fixture<LutonComparatorBars>(html`<luton-comparator-bars kpi="test-rank" src=${FEED}></luton-comparator-bars>`);
    await waitUntil(() => part(el, 'table'), 'table drawn', { timeout: 5000 });
    expect(part(el, 'chart')).to.equal(null);
    const table = part(el, 'table') as HTMLDetailsElement;
    expect(table.open).to.equal(true);
    expect([...table.querySelectorAll('tbody th')].map((th) => th.textContent)).to.deep.equal(['Bedford', 'Luton']);
    expect(table.querySelector('tbody td')!.textContent).to.equal('120th');
    await expect(el).to.be.accessible();
  });

  it('names the document a figure is cited from when the measure has no named data source', async () => {
    const el = await fixture<LutonComparatorBars>(html`<luton-comparator-bars kpi="test-rank" src=${FEED}></luton-comparator-bars>`);
    await waitUntil(() => part(el, 'source'), 'source shown', { timeout: 5000 });
    expect(part(el, 'source')!.textContent).to.equal('Source: Synthetic test document (2026)');
  });

  it('sends luton-load with the KPI it drew', async () => {
    const loaded = oneEvent(document, 'luton-load');
    await fixture<LutonComparatorBars>(html`<luton-comparator-bars kpi="test-rate" src=${FEED} chart="html"></luton-comparator-bars>`);
    expect((await loaded).detail).to.deep.equal({ resource: 'kpis', id: 'test-rate' });
  });

  it('shows a clear error and sends luton-error when the feed is missing', async () => {
    const failed = oneEvent(document, 'luton-error');
    const el = await fixture<LutonComparatorBars>(html`<luton-comparator-bars kpi="test-rate" src="/nowhere/index.json"></luton-comparator-bars>`);
    expect((await failed).detail.error.message).to.contain('HTTP 404');
    await settled(el);
    expect(part(el, 'error')!.getAttribute('role')).to.equal('alert');
    expect(part(el, 'title')!.textContent).to.equal('This figure could not be loaded.');
    expect(part(el, 'detail')!.textContent).to.contain('HTTP 404');
    await expect(el).to.be.accessible();
  });

  it('is accessible while loading', async () => {
    const el = await fixture<LutonComparatorBars>(html`<luton-comparator-bars kpi="test-rate" src="/slow/index.json"></luton-comparator-bars>`);
    expect(part(el, 'base')!.getAttribute('aria-busy')).to.equal('true');
    await expect(el).to.be.accessible();
  });
});

describe('<luton-comparator-bars> on a right-to-left page', () => {
  it('lays the Vega chart out with every label whole: each label box is as wide as its text, inside the chart and off the bars', async () => {
    const page = await fixture<HTMLElement>(html`<div lang="ur" dir="rtl" style="width: 420px"><luton-comparator-bars kpi="test-rate" src=${FEED}></luton-comparator-bars></div>`);
    const el = page.querySelector<LutonComparatorBars>('luton-comparator-bars')!;
    await oneEvent(el, 'luton-chart-ready');
    const svg = root(el).querySelector('.vega svg')!;
    const chart = svg.getBoundingClientRect();
    const labels = [...svg.querySelectorAll('text')].filter((t) => t.textContent!.trim());
    expect(labels.length, 'area names and values').to.be.greaterThan(4);
    const context = document.createElement('canvas').getContext('2d')!;
    const measured = labels.map((label) => {
      const style = getComputedStyle(label);
      context.font = `${style.fontStyle} ${style.fontWeight} ${style.fontSize} ${style.fontFamily}`;
      return { text: label.textContent!, box: label.getBoundingClientRect(), width: context.measureText(label.textContent!).width };
    });
    console.log(`RTL chart labels (box width / text width, box left-right within chart 0-${chart.width.toFixed(0)}): ${measured
      .map(({ text, box, width }) => `${text} ${box.width.toFixed(1)}/${width.toFixed(1)} [${(box.left - chart.left).toFixed(0)}-${(box.right - chart.left).toFixed(0)}]`)
      .join('; ')}`);
    for (const { text, box, width } of measured) {
      expect(box.width, `"${text}" is drawn as wide as its text`).to.be.within(width * 0.9, width * 1.1 + 2);
      expect(box.left, `"${text}" starts inside the chart`).to.be.at.least(chart.left - 1);
      expect(box.right, `"${text}" ends inside the chart`).to.be.at.most(chart.right + 1);
    }
    const bars = [...svg.querySelectorAll('.mark-rect path')].map((bar) => bar.getBoundingClientRect());
    expect(bars.length, 'one bar per area').to.equal(4);
    for (const { text, box } of measured) {
      for (const bar of bars) {
        const overlaps = box.left < bar.right - 1 && box.right > bar.left + 1 && box.top < bar.bottom - 1 && box.bottom > bar.top + 1;
        expect(overlaps, `"${text}" is drawn over a bar`).to.equal(false);
      }
    }
  });
});
