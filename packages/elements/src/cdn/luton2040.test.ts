import { expect, waitUntil } from '@open-wc/testing';

// Runs against the built CDN bundle, as a partner page would load it.
const LOADER = '/packages/elements/dist/cdn/luton2040.js';
const FEED = '/packages/data/dist/feed/index.json';

const loadedScripts = () =>
  performance
    .getEntriesByType('resource')
    .map((entry) => new URL(entry.name).pathname)
    .filter((path) => path.includes('/dist/cdn/'));

describe('CDN loader', () => {
  it('defines the tags on the page, fetches only their code, and defines tags added later', async () => {
    const tile = document.createElement('luton-kpi');
    tile.setAttribute('kpi', 'neet-rate');
    tile.setAttribute('src', FEED);
    document.body.append(tile);

    await import(LOADER);
    await customElements.whenDefined('luton-kpi');
    expect(customElements.get('luton-data'), 'no <luton-data> on the page yet').to.equal(undefined);
    expect(loadedScripts().some((path) => /\/chunks\/data-/.test(path))).to.equal(false);

    const provider = document.createElement('luton-data');
    document.body.append(provider);
    await waitUntil(() => customElements.get('luton-data'), '<luton-data> added later was defined', { timeout: 5000 });

    await waitUntil(() => tile.shadowRoot?.querySelector('[part~="value"]'), 'the tile drew its figure', { timeout: 5000 });
    tile.remove();
    provider.remove();
  });
});
