import { expect, waitUntil } from '@open-wc/testing';
import { compareAreas, createClient, trendOf } from '@luton2040/sdk';

// Server-rendered widgets, as @luton2040/render writes them (served by scripts/server-render-plugin.mjs),
// parsed by this engine's own HTML parser inside a frame: declarative shadow roots must give every
// widget its content before any script runs, and the CDN loader must then upgrade each in place.
// The demo feed: the widgets of each kind need its sample pledges and vacancies.
const FEED = '/dist/demo/feed/index.json';
const LOADER = '/packages/elements/dist/cdn/luton2040.js';

interface Widget {
  tag: string;
  attributes: Record<string, string>;
}

/** One widget of each kind, chosen from the built feed: a KPI with a trend, the richest comparison, the tracker, vacancies, a pledge. */
async function oneOfEach(): Promise<Widget[]> {
  const client = createClient({ feedUrl: new URL(FEED, location.href).href, onDroppedRecord: () => {} });
  const [kpis, areas, pledges] = await Promise.all([client.kpis.list(), client.resource('areas'), client.resource('pledges')]);
  const trending = kpis.find((k) => trendOf(k).previous && k.comparators.length > 0) ?? kpis[0]!;
  const compared = kpis.map((k) => ({ id: k.id, rows: compareAreas(k, areas).rows.length })).sort((a, b) => b.rows - a.rows)[0]!;
  const registryKey: string = (await (await fetch('/dist/demo/registry/registry-public.json')).json()).publicKey;
  return [
    { tag: 'luton-kpi', attributes: { kpi: trending.id } },
    { tag: 'luton-comparator-bars', attributes: { kpi: compared.id } },
    { tag: 'luton-action-tracker', attributes: {} },
    { tag: 'luton-vacancy-feed', attributes: { limit: '3' } },
    { tag: 'luton-pledge-badge', attributes: { org: pledges[0]!.organisation.id, variant: 'expanded', 'registry-key': registryKey } },
  ];
}

async function serverHtml({ tag, attributes }: Widget): Promise<string> {
  const answer = await fetch(`/__server-render?${new URLSearchParams({ tag, ...attributes })}`);
  const body = await answer.text();
  if (!answer.ok) throw new Error(body);
  return body;
}

/** Records, in the frame, each widget's `luton-load`, any loading state added to a shadow root, and any frame painted with a widget empty. */
const watcher = `(() => {
  const seen = (window.lutonSeen = { busy: [], blank: [], loaded: [] });
  const widgets = [...document.querySelectorAll('main > *')];
  document.addEventListener('luton-load', (e) => seen.loaded.push(e.target.localName));
  for (const el of widgets) {
    new MutationObserver((records) => {
      for (const r of records) for (const n of r.addedNodes) if (n.nodeType === 1 && (n.matches('[aria-busy]') || n.querySelector('[aria-busy]'))) seen.busy.push(el.localName);
    }).observe(el.shadowRoot, { childList: true, subtree: true });
  }
  const frame = () => {
    for (const el of widgets) if (!el.shadowRoot.querySelector('[part~="base"]')) seen.blank.push(el.localName);
    if (seen.loaded.length < widgets.length) requestAnimationFrame(frame);
  };
  requestAnimationFrame(frame);
})();`;

type Seen = { busy: string[]; blank: string[]; loaded: string[] };

async function framePage(body: string, scripts = ''): Promise<Window> {
  const frame = document.createElement('iframe');
  Object.assign(frame.style, { width: '900px', height: '1600px', border: '0' });
  frame.srcdoc = `<!doctype html><html lang="en-GB"><head><meta charset="utf-8"><title>Server-rendered widgets</title></head>
    <body><main style="max-width:44rem;display:grid;gap:1rem">${body}</main>${scripts}</body></html>`;
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  document.body.append(frame);
  await loaded;
  return frame.contentWindow!;
}

const widgetsIn = (win: Window) => [...win.document.querySelectorAll<HTMLElement>('main > *')];

/** Each widget's shadow text, without styles and the chart (drawn as static SVG on the server, by Vega here). */
function shadowTexts(win: Window): Record<string, string> {
  return Object.fromEntries(
    widgetsIn(win).map((el) => {
      const copy = win.document.createElement('div');
      copy.append(...[...(el.shadowRoot?.childNodes ?? [])].map((n) => n.cloneNode(true)));
      copy.querySelectorAll('style, .vega').forEach((n) => n.remove());
      return [el.localName, (copy.textContent ?? '').replace(/\s+/g, ' ').trim()];
    }),
  );
}

const heights = (win: Window) => Object.fromEntries(widgetsIn(win).map((el) => [el.localName, el.getBoundingClientRect().height]));

describe('server-rendered widgets (declarative shadow DOM)', () => {
  let widgets: Widget[];
  let body: string;
  before(async () => {
    widgets = await oneOfEach();
    body = (await Promise.all(widgets.map(serverHtml))).join('\n');
  });
  afterEach(() => document.querySelectorAll('iframe').forEach((frame) => frame.remove()));

  it('show their content from the HTML alone, with no script', async () => {
    const win = await framePage(body);
    expect(widgets.filter((w) => win.customElements.get(w.tag)), 'no element is defined: only HTML and CSS are at work').to.deep.equal([]);
    for (const el of widgetsIn(win)) {
      expect(el.shadowRoot, `<${el.localName}> has a shadow root from the HTML alone`).to.exist;
      expect(el.shadowRoot!.querySelector('[part~="base"]'), `<${el.localName}> shows its content`).to.exist;
      expect(el.shadowRoot!.querySelector('[aria-busy]'), `<${el.localName}> shows no loading state`).to.equal(null);
      expect(el.getBoundingClientRect().height, `<${el.localName}> takes its room`).to.be.greaterThan(40);
    }
    // The shadow styles apply: the tile's border is drawn by them.
    const tile = win.document.querySelector('luton-kpi')!.shadowRoot!.querySelector('[part~="base"]')!;
    expect(win.getComputedStyle(tile).borderTopStyle).to.equal('solid');
  });

  it('upgrade in place: no loading state, no empty frame, no jump, and the same content from the live feed', async () => {
    const before = await framePage(body);
    const serverTexts = shadowTexts(before);
    const serverHeights = heights(before);
    document.querySelectorAll('iframe').forEach((frame) => frame.remove());

    const win = await framePage(body, `<script>${watcher}</script><script type="module" src="${LOADER}"></script>`);
    const seen = () => (win as unknown as { lutonSeen: Seen }).lutonSeen;
    await waitUntil(() => seen().loaded.length >= widgets.length, 'every widget read the live feed', { timeout: 15_000 });
    expect(seen().busy, 'no widget drew its loading state').to.deep.equal([]);
    expect(seen().blank, 'no frame was painted with a widget empty').to.deep.equal([]);
    expect([...new Set(seen().loaded)].sort()).to.deep.equal(widgets.map((w) => w.tag).sort());
    expect(shadowTexts(win), 'each widget draws from the live feed what the server drew').to.deep.equal(serverTexts);
    for (const [tag, height] of Object.entries(heights(win))) {
      expect(Math.abs(height - serverHeights[tag]!), `<${tag}> keeps its height (${serverHeights[tag]} → ${height})`).to.be.at.most(1);
    }
  });
});
