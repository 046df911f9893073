import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { createClient, type LutonClient } from '@luton2040/sdk';
import '../define/action-tracker.js';
import '../define/comparator-bars.js';
import '../define/data.js';
import '../define/kpi.js';
import '../define/pledge-badge.js';
import '../define/vacancy-feed.js';
import { commonEn } from '../i18n/common.en.js';
import { staleText } from '../widget/stale.js';

// Every widget against every fault a feed, a network or a careless publisher produces, served for
// real by the test server (scripts/fault-feed-middleware.mjs, on the built demo feed). For each
// fault, on a page holding all five widgets on the broken feed and all five on a healthy one:
// the broken ones reach their error state (first visit) or their last good copy marked out of date
// (a visitor who had read the feed) within the read's deadline; the webmaster's fallback link shows
// while they load and in their error state; nothing reaches the page as an uncaught error; the
// healthy neighbours draw their data.

/** The read deadline the widgets' client is given: short, so that a hanging feed costs a test little. */
const DEADLINE = 2000;
/** Time past the deadline for the error to be drawn (a frame or two; generous for a loaded CI machine). */
const DRAW_MARGIN = 1500;

const tags = ['luton-kpi', 'luton-comparator-bars', 'luton-action-tracker', 'luton-vacancy-feed', 'luton-pledge-badge'] as const;
type Tag = (typeof tags)[number];

/** What each widget draws when it has its data: the state that is "something better" than the fallback. */
const dataSelector: Record<Tag, string> = {
  'luton-kpi': '[part~="value"], [data-state="no-data"]',
  'luton-comparator-bars': '[part~="summary"], [data-state="no-data"]',
  'luton-action-tracker': '[part~="count"]',
  'luton-vacancy-feed': '[part~="count"]',
  'luton-pledge-badge': '[part~="seal"]',
};

type Outcome = 'error' | 'data';

let sessions = 0;
const newSession = () => `s${Date.now().toString(36)}-${++sessions}`;
const feedUrl = (session: string) => new URL(`/__fault-feed/${session}/index.json`, location.href).href;

async function setFault(session: string, fault: string, options: { target?: 'all' | 'files'; snapshot?: 'first' | 'new' } = {}): Promise<void> {
  const query = new URLSearchParams({ fault, target: options.target ?? 'all', snapshot: options.snapshot ?? 'first' });
  const answer = await fetch(`/__fault-feed/${session}/__set?${query}`);
  if (answer.status !== 204) throw new Error(`the test server refused the fault: ${await answer.text()}`);
}

async function hits(session: string): Promise<Record<string, number>> {
  return (await fetch(`/__fault-feed/${session}/__hits`)).json() as Promise<Record<string, number>>;
}

/** The client a page would have, with a short deadline; the default retries and size limit. */
const clientFor = (session: string) => createClient({ feedUrl: feedUrl(session), deadline: DEADLINE, timeout: DEADLINE, onDroppedRecord: () => {} });

const stateOf = (el: Element): Outcome | undefined => {
  const root = el.shadowRoot;
  if (!root) return undefined;
  if (root.querySelector('[part~="error"]')) return 'error';
  return root.querySelector(dataSelector[el.localName as Tag]) ? 'data' : undefined;
};

/** The webmaster's fallback link is rendered: slotted into the widget and on screen. */
const fallbackVisible = (el: Element) => {
  const link = el.querySelector<HTMLAnchorElement>('a.fallback')!;
  return link.assignedSlot !== null && link.getClientRects().length > 0 && link.offsetWidth > 0;
};

interface Subjects {
  kpi: string;
  org: string;
}

/** A KPI with comparator figures and an organisation with a pledge, from the feed itself, neither its resource's last record (the one `invalid-record` breaks). */
async function subjectsOf(client: LutonClient): Promise<Subjects> {
  const [kpis, pledges] = await Promise.all([client.kpis.list(), client.pledges.list({ includeRevoked: true })]);
  const kpi = kpis.slice(0, -1).find((k) => k.observations.length > 0 && k.comparators.some((c) => c.observations.length > 0));
  const lastOrg = pledges.at(-1)?.organisation.id;
  const pledge = pledges.find((p) => p.organisation.id !== lastOrg);
  if (!kpi || !pledge) throw new Error('the demo feed has no KPI with comparators or no pledge to test with');
  return { kpi: kpi.id, org: pledge.organisation.id };
}

function widgets(client: LutonClient, { kpi, org }: Subjects, role: string) {
  const fallback = (what: string) => html`<a class="fallback" href="https://example.org/${what}">${what} (source)</a>`;
  return html`<luton-data .client=${client} data-role=${role}>
    <luton-kpi kpi=${kpi}>${fallback('KPI')}</luton-kpi>
    <luton-comparator-bars kpi=${kpi} chart="html">${fallback('Comparison')}</luton-comparator-bars>
    <luton-action-tracker>${fallback('Plan')}</luton-action-tracker>
    <luton-vacancy-feed>${fallback('Vacancies')}</luton-vacancy-feed>
    <luton-pledge-badge org=${org}>${fallback('Pledge')}</luton-pledge-badge>
  </luton-data>`;
}

interface PageRun {
  broken: Element[];
  neighbours: Element[];
  /** Milliseconds from the page's widgets being added to each broken widget leaving its loading state. */
  settledAfter: Map<Element, number>;
  /** Broken widgets seen loading with their fallback link hidden. */
  hiddenWhileLoading: string[];
  pageErrors: string[];
}

/** Draws the five widgets on `client` beside five on a healthy feed and waits for all to settle. */
async function runPage(client: LutonClient, healthy: LutonClient, subjects: Subjects): Promise<PageRun> {
  const errors: string[] = [];
  const onError = (event: ErrorEvent) => errors.push(`error: ${event.message}`);
  // A rejection the browser reports is an error unless a handler is attached after all (then the
  // browser sends `rejectionhandled` for the same promise): only those never handled count.
  const rejections = new Map<Promise<unknown>, string>();
  const onRejection = (event: PromiseRejectionEvent) => rejections.set(event.promise, `unhandled rejection: ${String(event.reason)}`);
  const onHandled = (event: PromiseRejectionEvent) => rejections.delete(event.promise);
  window.addEventListener('error', onError);
  window.addEventListener('unhandledrejection', onRejection);
  window.addEventListener('rejectionhandled', onHandled);
  try {
    const start = performance.now();
    const page = await fixture<HTMLElement>(html`<div>${widgets(client, subjects, 'broken')}${widgets(healthy, subjects, 'neighbour')}</div>`);
    const broken = tags.map((tag) => page.querySelector(`[data-role="broken"] ${tag}`)!);
    const neighbours = tags.map((tag) => page.querySelector(`[data-role="neighbour"] ${tag}`)!);
    const settledAfter = new Map<Element, number>();
    const hiddenWhileLoading = new Set<string>();
    await waitUntil(
      () => {
        for (const el of broken) {
          if (settledAfter.has(el)) continue;
          if (stateOf(el)) settledAfter.set(el, performance.now() - start);
          else if (el.shadowRoot && !fallbackVisible(el)) hiddenWhileLoading.add(el.localName);
        }
        return settledAfter.size === broken.length && neighbours.every(stateOf);
      },
      'the widgets never settled',
      { interval: 20, timeout: DEADLINE + DRAW_MARGIN + 2000 },
    );
    // Anything failing late (a listener, a background revalidation) has a moment to surface.
    await new Promise((resolve) => setTimeout(resolve, 50));
    const pageErrors = [...errors, ...rejections.values()];
    return { broken, neighbours, settledAfter, hiddenWhileLoading: [...hiddenWhileLoading], pageErrors };
  } finally {
    window.removeEventListener('error', onError);
    window.removeEventListener('unhandledrejection', onRejection);
    window.removeEventListener('rejectionhandled', onHandled);
  }
}

function expectWithinDeadline(run: PageRun): void {
  for (const [el, ms] of run.settledAfter) {
    expect(ms, `<${el.localName}> left its loading state after ${Math.round(ms)} ms (deadline ${DEADLINE} ms)`).to.be.below(DEADLINE + DRAW_MARGIN);
  }
}

function expectCommon(run: PageRun): void {
  expect(run.pageErrors, 'nothing reaches the page as an uncaught error').to.deep.equal([]);
  for (const el of run.neighbours) expect(stateOf(el), `the healthy neighbour <${el.localName}> draws its data`).to.equal('data');
  expect(run.hiddenWhileLoading, 'the fallback link shows while the widget loads').to.deep.equal([]);
}

/** Each fault, where it strikes (every request, or only the resource files), and what a first visit must show. */
const faults: { fault: string; target: 'all' | 'files'; firstVisit: Outcome; says: string }[] = [
  { fault: 'status-404', target: 'all', firstVisit: 'error', says: 'a 404' },
  { fault: 'status-500', target: 'all', firstVisit: 'error', says: 'a 500' },
  { fault: 'status-503', target: 'all', firstVisit: 'error', says: 'a 503' },
  { fault: 'status-429', target: 'all', firstVisit: 'error', says: 'a 429 with Retry-After' },
  { fault: 'hang', target: 'all', firstVisit: 'error', says: 'a server that never answers' },
  { fault: 'stall', target: 'all', firstVisit: 'error', says: 'a body that stalls half-way' },
  { fault: 'truncated', target: 'all', firstVisit: 'error', says: 'truncated JSON' },
  { fault: 'html', target: 'all', firstVisit: 'error', says: 'an HTML page with 200' },
  { fault: 'empty', target: 'all', firstVisit: 'error', says: 'an empty body' },
  { fault: 'reset', target: 'all', firstVisit: 'error', says: 'a dropped connection' },
  { fault: 'redirect-loop', target: 'all', firstVisit: 'error', says: 'a redirect loop' },
  { fault: 'integrity', target: 'files', firstVisit: 'error', says: 'files whose bytes differ from the manifest’s SHA-256' },
  { fault: 'oversize', target: 'files', firstVisit: 'error', says: 'files past the 5 MB limit' },
  { fault: 'invalid-record', target: 'files', firstVisit: 'data', says: 'an invalid record beside valid ones' },
];

describe('fault matrix: every widget under every fault', () => {
  let healthy: LutonClient;
  let subjects: Subjects;

  before(async () => {
    const session = newSession();
    healthy = clientFor(session);
    subjects = await subjectsOf(healthy);
  });

  for (const { fault, target, firstVisit, says } of faults) {
    it(`${says}: ${firstVisit === 'error' ? 'the error state within the deadline, the fallback link visible' : 'the valid records drawn'}, no page error, neighbours unaffected`, async () => {
      const session = newSession();
      await setFault(session, fault, { target });
      const run = await runPage(clientFor(session), healthy, subjects);
      expectCommon(run);
      expectWithinDeadline(run);
      for (const el of run.broken) {
        expect(stateOf(el), `<${el.localName}> under ${fault}`).to.equal(firstVisit);
        if (firstVisit === 'error') expect(fallbackVisible(el), `<${el.localName}> keeps the fallback link in its error state`).to.be.true;
      }
      if (fault === 'integrity') {
        for (const el of run.broken) expect(el.shadowRoot!.textContent, `<${el.localName}> never shows the altered figure`).not.to.contain('99.9');
      }
      if (fault === 'redirect-loop') {
        // One attempt's redirects (a browser follows about 20), never one per retry (63 before the fix).
        const asked = (await hits(session))['index.json'] ?? 0;
        expect(asked, `the manifest was asked for ${asked} times`).to.be.at.most(25);
      }
    });
  }

  for (const { fault, target, says } of faults.filter((f) => f.firstVisit === 'error')) {
    it(`${says}, after a good read: the last good copy, marked out of date with its date, within the deadline`, async () => {
      const session = newSession();
      const client = clientFor(session);
      const good = await runPage(client, healthy, subjects);
      for (const el of good.broken) expect(stateOf(el), `<${el.localName}> on the healthy feed`).to.equal('data');
      const copiedAt = (await client.read('kpis')).fetchedAt;
      // A broken manifest; or a new snapshot whose files are broken (a bad deploy).
      await setFault(session, fault, { target, snapshot: target === 'files' ? 'new' : 'first' });
      const run = await runPage(client, healthy, subjects);
      expectCommon(run);
      expectWithinDeadline(run);
      const outOfDate = staleText(copiedAt, commonEn)!;
      for (const el of run.broken) {
        expect(stateOf(el), `<${el.localName}> shows its last good copy under ${fault}`).to.equal('data');
        expect(el.shadowRoot!.textContent, `<${el.localName}> says its copy is out of date`).to.contain(outOfDate);
      }
    });
  }
});
