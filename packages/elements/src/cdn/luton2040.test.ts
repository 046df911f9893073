import { expect, waitUntil } from '@open-wc/testing';

// Runs against the built CDN bundle, as a partner page would load it.
const LOADER = '/packages/elements/dist/cdn/luton2040.js';
const FEED = '/packages/data/dist/feed/index.json';

const loadedScripts = () =>
  performance
    .getEntriesByType('resource')
    .map((entry) => new URL(entry.name).pathname)
    .filter((path) => path.includes('/dist/cdn/'));

/** Counts observers started on the whole document, and what the console is given, while `run` runs. */
async function watching(run: () => Promise<unknown>): Promise<{ observers: number; printed: unknown[][] }> {
  const { observe } = MutationObserver.prototype;
  const { warn, error, log, info } = console;
  let observers = 0;
  const printed: unknown[][] = [];
  MutationObserver.prototype.observe = function (this: MutationObserver, target: Node, options?: MutationObserverInit) {
    if (target === document.documentElement) observers++;
    return observe.call(this, target, options);
  };
  Object.assign(console, { warn: (...a: unknown[]) => printed.push(a), error: (...a: unknown[]) => printed.push(a), log: (...a: unknown[]) => printed.push(a), info: (...a: unknown[]) => printed.push(a) });
  try {
    await run();
  } finally {
    MutationObserver.prototype.observe = observe;
    Object.assign(console, { warn, error, log, info });
  }
  return { observers, printed };
}

// The built loader's record of the page (`LoaderRegistry` in registry.ts, restated because the
// CDN build replaces the declarations tsc writes into dist/cdn).
const page = globalThis as { __luton2040?: { active: string; loaded: Record<string, string[]> } };

describe('CDN loader', () => {
  let version: string;
  before(async () => {
    version = (await (await fetch('/packages/elements/package.json')).json()).version;
  });

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

  it('records its version, taken from the package at build time, on globalThis.__luton2040', () => {
    expect(page.__luton2040?.active).to.equal(version);
    expect(page.__luton2040?.loaded[version]).to.deep.equal([new URL(LOADER, location.href).href]);
  });

  it('a second copy of the same version starts no observer and prints nothing', async () => {
    const { observers, printed } = await watching(() => import(`${LOADER}?second-copy`));
    expect(observers).to.equal(0);
    expect(printed).to.deep.equal([]);
    expect(page.__luton2040?.loaded[version]).to.have.length(2);
  });

  it('a copy of another version starts no observer and warns once, naming both versions', async () => {
    const registry = page.__luton2040!;
    // As if another version's loader had run first on this page.
    page.__luton2040 = { active: '0.0.0-other', loaded: { '0.0.0-other': ['https://example.org/other/luton2040.js'] } };
    try {
      const { observers, printed } = await watching(() => import(`${LOADER}?other-version`));
      expect(observers).to.equal(0);
      expect(printed).to.have.length(1);
      expect(String(printed[0]![0])).to.include('0.0.0-other').and.include(version);
      expect(page.__luton2040.active).to.equal('0.0.0-other');
    } finally {
      page.__luton2040 = registry;
    }
  });
});
