import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { compareAreas, describePeriod, formatValue, NotFoundError, trendOf } from '@luton2040/sdk';
import { withReferenceWidgets } from '../test-widgets.js';
import { loadWidgetData } from '../widgets.js';
import { renderWidget } from './render-widget.js';

const reference = withReferenceWidgets();
const { widget } = reference;

const decode = (text: string) => text.replace(/&quot;|&#39;|&lt;|&gt;|&amp;/g, (e) => ({ '&quot;': '"', '&#39;': "'", '&lt;': '<', '&gt;': '>', '&amp;': '&' })[e]!);
const attribute = (html: string, name: string) => {
  const value = new RegExp(`<luton-[a-z-]+\\s[^>]*?\\b${name}="([^"]*)"`).exec(html)?.[1];
  return value === undefined ? undefined : decode(value);
};
/** The markup inside the declarative shadow root. */
const shadow = (html: string) => /<template shadowroot="open" shadowrootmode="open">([\s\S]*)<\/template>/.exec(html)?.[1] ?? '';
const FEED = '/feed/index.json';

describe('renderWidget', () => {
  it('renders every widget into a declarative shadow root, with its styles and the data it was read with', async () => {
    for (const w of reference.widgets) {
      const html = await renderWidget(w, { client: reference.client, src: FEED });
      assert.match(html, new RegExp(`^(<!--[^>]*-->)*<${w.tag} `), `${w.tag} is the outer element`);
      assert.match(shadow(html), /^<style>[\s\S]*:host[\s\S]*<\/style>/, `${w.tag} carries its styles`);
      assert.doesNotMatch(shadow(html), /aria-busy/, `${w.tag} is not in its loading state`);
      const { data } = await loadWidgetData(w, reference.client);
      assert.deepEqual(JSON.parse(attribute(html, 'preloaded')!), JSON.parse(JSON.stringify(data)), `${w.tag} hands its data to the browser`);
      assert.equal(attribute(html, 'src'), FEED);
    }
  });

  it("shows the KPI's latest figure, period and trend as the feed gives them", async () => {
    const w = widget('luton-kpi');
    const kpi = await reference.client.kpis.get(w.attributes.kpi!);
    const latest = trendOf(kpi).latest!;
    const inside = shadow(await renderWidget(w, { client: reference.client, src: FEED }));
    for (const text of [kpi.title, formatValue(latest.value, kpi.unit, latest.status), `in ${describePeriod(latest.period)}`]) assert.ok(decode(inside).includes(text), `shows "${text}"`);
    assert.match(inside, /<svg part="sparkline"/);
  });

  it('draws the comparison as static SVG over bars as wide as the element draws them', async () => {
    const w = widget('luton-comparator-bars');
    const { rows } = compareAreas(await reference.client.kpis.get(w.attributes.kpi!), await reference.client.resource('areas'));
    const inside = shadow(await renderWidget(w, { client: reference.client, src: FEED }));
    assert.match(inside, /<div part="chart" data-chart="drawn"/);
    assert.match(inside, /<div class="vega"><style>[^<]*<\/style><svg aria-hidden="true"/);
    for (const row of rows) assert.ok(inside.includes(`>${row.label}</text>`), `the chart labels ${row.name}`);
    assert.equal(inside.match(/<span class="bar" style="--_share:[\d.]+%"/g)?.length, rows.length);

    const plain = shadow(await renderWidget({ ...w, attributes: { ...w.attributes, chart: 'html' } }, { client: reference.client, src: FEED }));
    assert.match(plain, /<div class="vega"><\/div>/, 'chart="html" keeps the plain bars');
    assert.equal(plain.match(/<span class="bar" style="--_share/g)?.length, rows.length);
  });

  it('renders a comparison with only Luton\'s figure as the element does: nothing to compare, no bars to size', async () => {
    const [kpis, areas] = await Promise.all([reference.client.resource('kpis'), reference.client.resource('areas')]);
    const alone = kpis.find((k) => compareAreas(k, areas).rows.length === 1);
    assert.ok(alone, 'the reference feed has a measure no other area has a figure for');
    const inside = shadow(await renderWidget({ tag: 'luton-comparator-bars', attributes: { kpi: alone.id } }, { client: reference.client, src: FEED }));
    assert.match(inside, /data-state="no-data"/);
    assert.doesNotMatch(inside, /class="bar"|class="vega"/);
  });

  it("sizes every segment of the tracker's progress bars", async () => {
    const inside = shadow(await renderWidget(widget('luton-action-tracker'), { client: reference.client, src: FEED }));
    const segments = inside.match(/<span class="segment" data-status="[a-z-]+"/g) ?? [];
    assert.ok(segments.length > 0);
    assert.equal(inside.match(/<span class="segment" data-status="[a-z-]+" style="--_share:[\d.]+%"/g)?.length, segments.length);
  });

  it('asks for the address browsers read the feed from when the server reads it from disk', async () => {
    await assert.rejects(renderWidget(widget('luton-vacancy-feed'), { client: reference.client }), /give `src`/);
  });

  it('leaves out src when asked, for a widget inside <luton-data>, and keeps one the author gave', async () => {
    assert.equal(attribute(await renderWidget(widget('luton-vacancy-feed'), { client: reference.client, src: null }), 'src'), undefined);
    const own = { ...widget('luton-vacancy-feed'), attributes: { src: 'https://example.org/feed/index.json' } };
    assert.equal(attribute(await renderWidget(own, { client: reference.client, src: '/other.json' }), 'src'), 'https://example.org/feed/index.json');
  });

  it('escapes attribute values', async () => {
    const w = widget('luton-kpi');
    const html = await renderWidget({ ...w, attributes: { ...w.attributes, compare: '"><script>alert(1)</script>' } }, { client: reference.client, src: FEED });
    assert.doesNotMatch(html, /<script/);
  });

  it('fails as the element would: unknown records with NotFoundError, missing attributes with TypeError', async () => {
    await assert.rejects(renderWidget({ tag: 'luton-kpi', attributes: { kpi: 'no-such-kpi' } }, { client: reference.client, src: FEED }), NotFoundError);
    await assert.rejects(renderWidget({ tag: 'luton-pledge-badge' }, { client: reference.client, src: FEED }), TypeError);
    await assert.rejects(renderWidget({ tag: 'luton-data' }, { client: reference.client, src: FEED }), TypeError);
  });
});
