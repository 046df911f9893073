import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { createClient, type Activity } from '@luton2040/sdk';
import '../define/action-tracker.js';
import '../define/data.js';
import { memoryClient } from '../test-support/memory-feed.js';
import type { LutonActionTracker } from './action-tracker.component.js';

const FEED = '/packages/data/dist/feed/index.json';

async function tracker(markup: ReturnType<typeof html>): Promise<LutonActionTracker> {
  const root = await fixture<HTMLElement>(html`<div>${markup}</div>`);
  const el = root.querySelector<LutonActionTracker>('luton-action-tracker')!;
  await waitUntil(() => el.shadowRoot!.querySelector('[part="count"], [part~="error"]'), 'tracker settled', { timeout: 8000 });
  return el;
}

const count = (el: LutonActionTracker) => el.shadowRoot!.querySelector('[part="count"]')!.textContent;
const shownIds = (el: LutonActionTracker) => [...el.shadowRoot!.querySelectorAll('[part="activity"] summary .number')].map((n) => n.textContent);

describe('<luton-action-tracker>', () => {
  it('shows all 93 activities of the plan grouped by the four priorities, with counts and progress', async () => {
    const el = await tracker(html`<luton-action-tracker src=${FEED}></luton-action-tracker>`);
    expect(count(el)).to.equal('Showing 93 of 93 activities.');
    const groups = [...el.shadowRoot!.querySelectorAll('[part="priority"]')];
    expect(groups).to.have.length(4);
    expect(groups.map((g) => g.querySelectorAll('[part="activity"]').length)).to.deep.equal([27, 29, 23, 14]);
    const progress = groups[0]!.querySelector('[part="progress"]')!;
    expect(progress.getAttribute('role')).to.equal('img');
    expect(progress.getAttribute('aria-label')).to.match(/^\d+ of 27 complete$/);
    await expect(el).to.be.accessible();
  });

  it('shows one activity, open, with every field of the plan', async () => {
    const activities = await createClient({ feedUrl: new URL(FEED, location.href).href }).resource('activities');
    const plan = activities.find((a) => a.id === '1.1.2')!;
    const el = await tracker(html`<luton-action-tracker src=${FEED} activity="1.1.2"></luton-action-tracker>`);
    expect(shownIds(el)).to.deep.equal(['1.1.2']);
    expect(el.shadowRoot!.querySelector('[part="filters"]')).to.equal(null);
    const details = el.shadowRoot!.querySelector<HTMLDetailsElement>('[part="activity"]')!;
    expect(details.open).to.equal(true);
    const text = details.textContent!.replace(/\s+/g, ' ');
    for (const field of [plan.title, plan.timeframe.text, plan.outputs, plan.measureOfSuccess]) expect(text).to.contain(field.replace(/\s+/g, ' '));
    expect(details.querySelector('[part="status"]')!.textContent).to.equal('Not reported');
    expect(text).to.contain('No progress has been reported.');
    await expect(el).to.be.accessible();
  });

  it('shows a reported status with its date, evidence and reporter', async () => {
    const el = await tracker(html`<luton-action-tracker src=${FEED} status="in-progress"></luton-action-tracker>`);
    expect(count(el)).to.match(/^Showing [1-9]\d* of 93 activities\.$/);
    const first = el.shadowRoot!.querySelector('[part="activity"]')!;
    expect(first.querySelector('[part="status"]')!.textContent).to.equal('In progress');
    expect(first.textContent).to.match(/Last update\s+\d{4}/);
  });

  it('filters through its controls by keyboard, and says how many activities it shows', async () => {
    const el = await tracker(html`<luton-action-tracker src=${FEED}></luton-action-tracker>`);
    const events: CustomEvent[] = [];
    el.addEventListener('luton-filter-change', (e) => events.push(e));
    el.shadowRoot!.querySelector<HTMLSelectElement>('select[name="priority"]')!.focus();
    await sendKeys({ press: 'ArrowDown' });
    await el.updateComplete;
    expect(el.priority).to.equal('skills-growth');
    expect(count(el)).to.equal('Showing 27 of 93 activities.');
    expect(events.at(-1)!.detail).to.include({ priority: 'skills-growth' });

    await sendKeys({ press: 'Tab' }); // owner
    await sendKeys({ press: 'Tab' }); // partner
    await sendKeys({ press: 'Tab' }); // status
    await sendKeys({ press: 'Tab' }); // plan year
    await sendKeys({ press: 'ArrowDown' }); // Year 1
    await el.updateComplete;
    expect(el.year).to.equal(1);
    const ids = shownIds(el);
    expect(ids.every((id) => id!.startsWith('1.'))).to.equal(true);
    expect(ids.length).to.be.lessThan(27);
    await expect(el).to.be.accessible();
  });

  it('says so when no activity matches', async () => {
    const el = await tracker(html`<luton-action-tracker src=${FEED} status="complete" owner="no-such-org"></luton-action-tracker>`);
    expect(el.shadowRoot!.textContent).to.contain('No activity matches these filters.');
  });

  it('copes with ten times the plan: 930 activities', async () => {
    const source = createClient({ feedUrl: new URL(FEED, location.href).href });
    const [priorities, actions, activities, organisations, statusReports, settings] = await Promise.all([
      source.resource('essPriorities'),
      source.resource('actions'),
      source.resource('activities'),
      source.resource('organisations'),
      source.resource('statusReports'),
      source.resource('settings'),
    ]);
    // Synthetic test data: the plan copied ten times, copy k renumbering action p.a as p.(a + 10k).
    const renumber = (id: string, copy: number) => id.replace(/^(\d)\.(\d+)/, (_, p: string, a: string) => `${p}.${Number(a) + copy * 10}`);
    const copies = Array.from({ length: 10 }, (_, copy) => copy);
    const manyActions = copies.flatMap((copy) => actions.map((a) => ({ ...a, id: renumber(a.id, copy), activities: a.activities.map((id) => renumber(id, copy)) })));
    const many: Activity[] = copies.flatMap((copy) => activities.map((a) => ({ ...a, id: renumber(a.id, copy), action: renumber(a.action, copy) })));
    const client = memoryClient({ essPriorities: priorities, actions: manyActions, activities: many, organisations, statusReports, settings });
    const el = await tracker(html`<luton-data .client=${client}><luton-action-tracker></luton-action-tracker></luton-data>`);
    expect(count(el)).to.equal('Showing 930 of 930 activities.');
    expect(el.shadowRoot!.querySelectorAll('[part="activity"]').length).to.equal(930);
  });

  it('shows a clear error when the feed is missing', async () => {
    const el = await tracker(html`<luton-action-tracker src="/missing/index.json"></luton-action-tracker>`);
    expect(el.shadowRoot!.querySelector('[role="alert"]')!.textContent).to.contain('HTTP 404');
    await expect(el).to.be.accessible();
  });
});
