import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import type { LutonClient } from '@luton2040/sdk';
import '../luton2040.js';
import { memoryClient } from '../test-support/memory-feed.js';
import { testPlan } from '../test-support/plan-fixtures.js';
import { testPledge, testPledgeSchemes, testPriorities } from '../test-support/pledge-fixtures.js';
import { globalTokens, partNames } from './vocabulary.js';

const FIXTURES = '/packages/elements/test-fixtures';

interface Declaration {
  tagName?: string;
  cssParts?: { name: string }[];
  cssProperties?: { name: string }[];
}

/** The elements in the built manifest (`npm run build:manifest`), by tag. */
async function manifestElements(): Promise<Map<string, Declaration>> {
  const manifest = (await (await fetch('/packages/elements/custom-elements.json')).json()) as { modules: { declarations?: Declaration[] }[] };
  return new Map(manifest.modules.flatMap((m) => m.declarations ?? []).filter((d) => d.tagName).map((d) => [d.tagName!, d]));
}

const cite = { doc: 'test-doc', section: 'Test' };
/** Synthetic test data for the vacancy feed: one sample vacancy paying above a test wage rate. */
const vacancies = memoryClient({
  vacancies: [1, 2].map((n) => ({
    id: `v${n}`,
    title: `Test job ${n}`,
    employer: { name: 'Test employer' },
    location: { locality: 'Luton' },
    salary: { min: 13, unit: 'HOUR', currency: 'GBP' },
    employmentType: ['FULL_TIME'],
    sector: 'construction',
    datePosted: '2026-11-0' + n,
    url: `https://example.org/jobs/${n}`,
    sample: true,
  })),
  sectors: [{ id: 'construction', order: 1, name: 'Construction', citation: cite }],
  settings: [{ key: 'real-living-wage-gbp-per-hour', value: '12.00', citation: cite }],
});
const pledges = memoryClient({ pledges: [testPledge()], luton2040Priorities: testPriorities, pledgeSchemes: testPledgeSchemes }, { onDroppedRecord: () => {} });

/** Each widget drawing data, with as many of its parts showing as one set of test data allows. */
const drawing: [tag: string, attributes: Record<string, string>, feed: string | LutonClient][] = [
  ['luton-kpi', { kpi: 'good-measure' }, `${FIXTURES}/bad-record/index.json`],
  ['luton-comparator-bars', { kpi: 'test-rate', chart: 'html' }, `${FIXTURES}/comparators/index.json`],
  ['luton-action-tracker', {}, memoryClient(testPlan)],
  ['luton-vacancy-feed', { limit: '1', today: '2026-11-25' }, vacancies],
  ['luton-pledge-badge', { org: 'test-org', variant: 'expanded', today: '2026-06-01' }, pledges],
];

/** The widget on the page, reading `feed`: its own `src`, or the client of a `<luton-data>` around it. */
async function place(tag: string, attributes: Record<string, string>, feed: string | LutonClient): Promise<HTMLElement> {
  const el = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) el.setAttribute(name, value);
  if (typeof feed === 'string') el.setAttribute('src', feed);
  const page = await fixture<HTMLElement>(typeof feed === 'string' ? html`<div>${el}</div>` : html`<luton-data .client=${feed}>${el}</luton-data>`);
  return page.querySelector<HTMLElement>(tag)!;
}

const partsIn = (root: ShadowRoot) => [...root.querySelectorAll('[part]')].flatMap((el) => el.getAttribute('part')!.split(/\s+/));

describe('styling vocabulary', () => {
  it('the global tokens are the ones the shared styles read', async () => {
    // The served module still holds the stylesheet's text.
    const source = await (await fetch('/packages/elements/src/styles/host.styles.ts')).text();
    const read = [...new Set(source.match(/--luton-[a-z-]+/g))].sort();
    expect(read).to.deep.equal(Object.keys(globalTokens).sort());
  });

  it('every part a widget documents is in the shared list, and every name in the list is used', async () => {
    const elements = await manifestElements();
    const documented = [...elements.values()].flatMap((d) => (d.cssParts ?? []).map((p) => p.name));
    expect(documented.filter((name) => !(name in partNames)), 'parts outside the shared list').to.deep.equal([]);
    expect(Object.keys(partNames).filter((name) => !documented.includes(name)), 'names no widget has').to.deep.equal([]);
  });

  it('every CSS custom property a widget documents is named --luton-<its tag without luton->-…', async () => {
    for (const [tag, declaration] of await manifestElements()) {
      const prefix = `--${tag}-`;
      const names = (declaration.cssProperties ?? []).map((p) => p.name);
      expect(names.filter((name) => !name.startsWith(prefix)), `${tag} custom properties`).to.deep.equal([]);
    }
  });

  for (const [tag, attributes, feed] of drawing) {
    it(`<${tag}> renders only parts it documents, in its data and its error state`, async () => {
      const documented = new Set(((await manifestElements()).get(tag)?.cssParts ?? []).map((p) => p.name));
      expect(documented.size, `${tag} documents its parts`).to.be.greaterThan(0);
      const el = await place(tag, attributes, feed);
      await waitUntil(() => el.shadowRoot?.querySelector('[part~="base"]:not([aria-busy])'), `${tag} drew its data`, { timeout: 5000 });
      const broken = await place(tag, attributes, '/no-such-feed/index.json');
      await waitUntil(() => broken.shadowRoot?.querySelector('[part~="error"]'), `${tag} shows its error`, { timeout: 5000 });
      const rendered = new Set([...partsIn(el.shadowRoot!), ...partsIn(broken.shadowRoot!)]);
      expect([...rendered].filter((name) => !documented.has(name)), `${tag} renders undocumented parts`).to.deep.equal([]);
    });
  }
});
