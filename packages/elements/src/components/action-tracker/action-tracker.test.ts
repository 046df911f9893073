import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { Activity } from '@luton2040/sdk';
import '../../define/data.js';
import { memoryClient } from '../../test-support/memory-feed.js';
import { testPlan } from '../../test-support/plan-fixtures.js';
import '../../define/action-tracker.js';
import type { LutonActionTracker } from './action-tracker.component.js';

/** A tracker inside a provider of `plan` (synthetic test data), settled in its data or error state. */
async function tracker(attributes = html``, plan: Record<string, unknown[]> = testPlan): Promise<LutonActionTracker> {
  const client = memoryClient(plan);
  const root = await fixture<HTMLElement>(html`<luton-data .client=${client}>${attributes}</luton-data>`);
  const el = root.querySelector<LutonActionTracker>('luton-action-tracker')!;
  await waitUntil(() => el.shadowRoot!.querySelector('[part="count"], [part~="error"]'), 'tracker settled', { timeout: 8000 });
  return el;
}

const count = (el: LutonActionTracker) => el.shadowRoot!.querySelector('[part="count"]')!.textContent;
const shownIds = (el: LutonActionTracker) => [...el.shadowRoot!.querySelectorAll('[part="activity"] summary .number')].map((n) => n.textContent);
const priorityHeadings = (el: LutonActionTracker) => [...el.shadowRoot!.querySelectorAll('[part="priority"] > [role="heading"]')].map((h) => h.textContent);
const { activities, essPriorities, actions } = testPlan;
/** The activities of a priority, in the plan's order. */
const activitiesOf = (priority: string) => actions.filter((a) => a.priority === priority).flatMap((a) => a.activities);

describe('<luton-action-tracker>', () => {
  it('shows every activity grouped by priority in their number order, with counts, progress and luton-load', async () => {
    const client = memoryClient(testPlan);
    const root = await fixture<HTMLElement>(html`<luton-data .client=${client}></luton-data>`);
    const loaded = oneEvent(root, 'luton-load');
    root.append(document.createElement('luton-action-tracker'));
    expect((await loaded).detail).to.deep.equal({ resource: 'activities' });
    const el = root.querySelector<LutonActionTracker>('luton-action-tracker')!;
    await el.updateComplete;

    expect(count(el)).to.equal(`Showing ${activities.length} of ${activities.length} activities.`);
    const byNumber = [...essPriorities].sort((a, b) => a.number - b.number);
    expect(priorityHeadings(el)).to.deep.equal(byNumber.map((p) => `${p.number}. ${p.title}`));
    const groups = [...el.shadowRoot!.querySelectorAll('[part="priority"]')];
    expect(groups.map((g) => [...g.querySelectorAll('[part="activity"] summary .number')].map((n) => n.textContent))).to.deep.equal(byNumber.map((p) => activitiesOf(p.id)));
    const first = byNumber[0]!;
    const complete = activities.filter((a) => a.priority === first.id && a.status === 'complete').length;
    const progress = groups[0]!.querySelector('[part="progress"]')!;
    expect(progress.getAttribute('role')).to.equal('img');
    expect(progress.getAttribute('aria-label')).to.equal(`${complete} of ${activitiesOf(first.id).length} complete`);
    expect(progress.querySelectorAll('.segment').length, 'one segment per status present').to.equal(new Set(activities.filter((a) => a.priority === first.id).map((a) => a.status)).size);
    expect(el.shadowRoot!.querySelector('.note')!.textContent).to.equal('Plan years are counted from April 2022, an assumed start: the plan does not date its Year 1.');
    await expect(el).to.be.accessible();
  });

  it('shows one activity, open, with every field of the plan and its latest report', async () => {
    const one = activities.find((a) => testPlan.statusReports.some((r) => r.activity === a.id))!;
    const latest = testPlan.statusReports.filter((r) => r.activity === one.id).sort((a, b) => b.date.localeCompare(a.date))[0]!;
    const el = await tracker(html`<luton-action-tracker activity=${one.id}></luton-action-tracker>`);
    expect(shownIds(el)).to.deep.equal([one.id]);
    expect(el.shadowRoot!.querySelector('[part="filters"]')).to.equal(null);
    const details = el.shadowRoot!.querySelector<HTMLDetailsElement>('[part="activity"]')!;
    expect(details.open).to.equal(true);
    const text = details.textContent!.replace(/\s+/g, ' ');
    for (const field of [one.title, one.timeframe.text, one.outputs, one.measureOfSuccess]) expect(text).to.contain(field);
    const owners = one.owners.map((id) => testPlan.organisations.find((o) => o.id === id)!.name).join('; ');
    expect(text).to.contain(`Delivery owners ${owners}`);
    expect(text).to.contain(`Last update ${latest.date}: ${latest.evidence} (${latest.reporter})`);
    await expect(el).to.be.accessible();
  });

  it('says when nothing has been reported, and names no partner when the plan names none', async () => {
    const unreported = activities.find((a) => a.status === 'not-reported' && a.partners.length === 0)!;
    const el = await tracker(html`<luton-action-tracker activity=${unreported.id}></luton-action-tracker>`);
    const details = el.shadowRoot!.querySelector('[part="activity"]')!;
    expect(details.querySelector('[part="status"]')!.textContent).to.equal('Not reported');
    expect(details.textContent!.replace(/\s+/g, ' ')).to.contain('Delivery partners None named').and.contain('No progress has been reported.');
  });

  it('filters through its controls by keyboard, says how many it shows, and sends luton-filter-change', async () => {
    const el = await tracker(html`<luton-action-tracker></luton-action-tracker>`);
    const events: CustomEvent[] = [];
    el.addEventListener('luton-filter-change', (e) => events.push(e));
    const [first] = [...essPriorities].sort((a, b) => a.number - b.number);
    el.shadowRoot!.querySelector<HTMLSelectElement>('select[name="priority"]')!.focus();
    await sendKeys({ press: 'ArrowDown' });
    await el.updateComplete;
    expect(el.priority).to.equal(first!.id);
    expect(count(el)).to.equal(`Showing ${activitiesOf(first!.id).length} of ${activities.length} activities.`);
    expect(events.at(-1)!.detail).to.deep.equal({ priority: first!.id, owner: undefined, partner: undefined, status: undefined, year: undefined });

    await sendKeys({ press: 'Tab' }); // owner
    await sendKeys({ press: 'Tab' }); // partner
    await sendKeys({ press: 'Tab' }); // status
    await sendKeys({ press: 'Tab' }); // plan year
    await sendKeys({ press: 'ArrowDown' }); // Year 1
    await el.updateComplete;
    expect(el.year).to.equal(1);
    const inYearOne = (a: Activity) => a.priority === first!.id && (a.timeframe.ongoing || a.timeframe.years.includes(1));
    expect(shownIds(el)).to.deep.equal(activities.filter(inYearOne).map((a) => a.id));
    expect(events.at(-1)!.detail).to.include({ priority: first!.id, year: 1 });
    await expect(el).to.be.accessible();
  });

  it('lists as owners and partners only the organisations the plan names as such, by name', async () => {
    const el = await tracker(html`<luton-action-tracker></luton-action-tracker>`);
    const options = (name: string) => [...el.shadowRoot!.querySelectorAll(`select[name="${name}"] option`)].slice(1).map((o) => o.textContent);
    const named = (pick: (a: Activity) => string[]) =>
      testPlan.organisations.filter((o) => activities.some((a) => pick(a).includes(o.id))).map((o) => o.name).sort();
    expect(options('owner')).to.deep.equal(named((a) => a.owners));
    expect(options('partner')).to.deep.equal(named((a) => a.partners));
  });

  it('says so when no activity matches', async () => {
    const el = await tracker(html`<luton-action-tracker status="complete" owner="no-such-org"></luton-action-tracker>`);
    expect(count(el)).to.equal(`Showing 0 of ${activities.length} activities.`);
    expect(el.shadowRoot!.querySelector('[data-state="no-data"]')!.textContent).to.equal('No activity matches these filters.');
  });

  it('shows ten times the plan as priority summaries, and draws a list only when it is opened', async () => {
    // The synthetic plan copied ten times, copy k renumbering action p.a as p.(a + 10k).
    const renumber = (id: string, copy: number) => id.replace(/^(\d)\.(\d+)/, (_, p: string, a: string) => `${p}.${Number(a) + copy * 10}`);
    const copies = Array.from({ length: 10 }, (_, copy) => copy);
    const many = copies.flatMap((copy) => activities.map((a) => ({ ...a, id: renumber(a.id, copy), action: renumber(a.action, copy) })));
    const manyActions = copies.flatMap((copy) => actions.map((a) => ({ ...a, id: renumber(a.id, copy), activities: a.activities.map((id) => renumber(id, copy)) })));
    const el = await tracker(html`<luton-action-tracker></luton-action-tracker>`, { ...testPlan, activities: many, actions: manyActions });
    expect(count(el)).to.equal(`Showing ${many.length} of ${many.length} activities.`);
    const root = el.shadowRoot!;
    expect(root.querySelectorAll('[part="activity"]').length, 'no activity is drawn while every priority is closed').to.equal(0);
    const toggles = [...root.querySelectorAll<HTMLButtonElement>('[part="priority"] > [role="heading"] > [part="toggle"]')];
    expect(toggles.map((t) => t.getAttribute('aria-expanded'))).to.deep.equal(essPriorities.map(() => 'false'));
    // Each closed priority still says how many activities it has, of which status.
    const first = [...essPriorities].sort((a, b) => a.number - b.number)[0]!;
    const firstCount = many.filter((a) => a.priority === first.id).length;
    expect(root.querySelector('[part="priority"] .counts')!.textContent).to.match(new RegExp(`^${firstCount} activities: `));

    toggles[0]!.click();
    await el.updateComplete;
    expect(toggles[0]!.getAttribute('aria-expanded')).to.equal('true');
    const actionsOfFirst = manyActions.filter((a) => a.priority === first.id);
    const group = root.querySelector('[part="priority"]')!;
    expect(group.querySelectorAll('.action').length, 'its actions, as summaries').to.equal(actionsOfFirst.length);
    const drawn = group.querySelectorAll('[part="activity"]').length;
    expect(drawn, firstCount > 30 ? 'a long priority opens its actions one by one' : 'a short priority opens its actions').to.equal(firstCount > 30 ? 0 : firstCount);
    const actionToggle = group.querySelector<HTMLButtonElement>('.action [part="toggle"]')!;
    if (actionToggle.getAttribute('aria-expanded') === 'false') {
      actionToggle.click();
      await el.updateComplete;
    }
    expect(group.querySelector('.action')!.querySelectorAll('[part="activity"]').length).to.equal(actionsOfFirst[0]!.activities.length);
    await expect(el).to.be.accessible();
  });

  it('a deep link opens its activity and brings it into view', async () => {
    const one = activities[activities.length - 1]!;
    const root = await fixture<HTMLElement>(html`<div style="block-size: 10rem; overflow: auto">
      <div style="block-size: 3000px"></div>
      <luton-data .client=${memoryClient(testPlan)}><luton-action-tracker activity=${one.id}></luton-action-tracker></luton-data>
    </div>`);
    const el = root.querySelector<LutonActionTracker>('luton-action-tracker')!;
    await waitUntil(() => el.shadowRoot!.querySelector('[part="activity"]'), 'the activity is drawn', { timeout: 8000 });
    await el.updateComplete;
    const details = el.shadowRoot!.querySelector<HTMLDetailsElement>('[part="activity"]')!;
    expect(details.open).to.equal(true);
    const box = details.getBoundingClientRect();
    const view = root.getBoundingClientRect();
    expect(box.top, 'the activity is scrolled into its scroller').to.be.within(view.top - 1, view.bottom);
  });

  it('on a phone, stacks each field above its value', async () => {
    const one = activities[0]!;
    const root = await fixture<HTMLElement>(html`<div style="inline-size: 320px">
      <luton-data .client=${memoryClient(testPlan)}><luton-action-tracker activity=${one.id}></luton-action-tracker></luton-data>
    </div>`);
    const el = root.querySelector<LutonActionTracker>('luton-action-tracker')!;
    await waitUntil(() => el.shadowRoot!.querySelector('dt'), 'the activity is drawn', { timeout: 8000 });
    const [term, value] = [el.shadowRoot!.querySelector('dt')!, el.shadowRoot!.querySelector('dd')!].map((n) => n.getBoundingClientRect());
    expect(value!.top, 'the value is below its term').to.be.at.least(term!.bottom - 1);
    expect(el.getBoundingClientRect().width).to.be.at.most(320);
    expect(el.shadowRoot!.querySelector('[part="base"]')!.scrollWidth, 'nothing sticks out').to.be.at.most(el.shadowRoot!.querySelector('[part="base"]')!.clientWidth + 2);
  });

  it('shows a clear error and sends luton-error when the feed is missing', async () => {
    const root = await fixture<HTMLElement>(html`<div></div>`);
    const failed = oneEvent(root, 'luton-error');
    const el = document.createElement('luton-action-tracker');
    el.src = '/missing/index.json';
    root.append(el);
    expect((await failed).detail.error.message).to.contain('HTTP 404');
    await el.updateComplete;
    const error = el.shadowRoot!.querySelector('[part~="error"]')!;
    expect(error.getAttribute('role')).to.equal('alert');
    expect(error.querySelector('[part="title"]')!.textContent).to.equal('This list could not be loaded.');
    expect(error.querySelector('[part="detail"]')!.textContent).to.contain('HTTP 404');
    await expect(el).to.be.accessible();
  });
});
