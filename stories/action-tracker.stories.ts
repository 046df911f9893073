import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { expect, userEvent, waitFor } from 'storybook/test';
import '../packages/elements/src/define/action-tracker.js';
import '../packages/elements/src/define/data.js';
import { FEED, MISSING_FEED, neverAnsweringClient, referenceClient } from './feeds.js';
import { expectState, shadowTexts } from './tile-state.js';

/** The attributes a page author writes; every story is one set of them. */
export interface ActionTrackerArgs {
  priority?: string;
  owner?: string;
  partner?: string;
  status?: string;
  year?: number;
  activity?: string;
  hideFilters?: boolean;
  headingLevel?: number;
  src?: string;
  theme?: 'light' | 'dark' | 'auto';
}

/** `<luton-action-tracker>` exactly as a page author would write it (also usable as a test fixture). */
export const renderActionTracker = (args: ActionTrackerArgs) =>
  html`<luton-action-tracker
    priority=${ifDefined(args.priority)}
    owner=${ifDefined(args.owner)}
    partner=${ifDefined(args.partner)}
    status=${ifDefined(args.status)}
    year=${ifDefined(args.year)}
    activity=${ifDefined(args.activity)}
    ?hide-filters=${args.hideFilters}
    heading-level=${ifDefined(args.headingLevel)}
    src=${ifDefined(args.src)}
    theme=${ifDefined(args.theme)}
  ></luton-action-tracker>`;

/** The reference feed's plan, so that the stories count against it instead of pinning its numbers. */
async function plan() {
  const client = referenceClient();
  const [activities, priorities, organisations] = await Promise.all([client.resource('activities'), client.resource('essPriorities'), client.resource('organisations')]);
  return { activities, priorities: [...priorities].sort((a, b) => a.number - b.number), organisations };
}
/** "of N activities.", N being every activity of the plan. */
const ofAll = async () => `of ${(await plan()).activities.length} activities.`;

const tracker = (canvas: HTMLElement) => canvas.querySelector('luton-action-tracker')!;
const activities = (canvas: HTMLElement) => [...tracker(canvas).shadowRoot!.querySelectorAll('[part="activity"]')];
/** The value of one `<dt>` row in each shown activity, e.g. its delivery owners. */
const field = (canvas: HTMLElement, term: string) =>
  activities(canvas).map((a) => [...a.querySelectorAll('dt')].find((dt) => dt.textContent === term)!.nextElementSibling!.textContent!.trim());

/** Checks the count line against the activities actually drawn, so a filter cannot hide or add one silently. */
/** Opens every collapsed priority and action (long lists start as summaries), as a reader would. */
async function openAll(canvas: HTMLElement): Promise<void> {
  const element = tracker(canvas) as HTMLElement & { updateComplete: Promise<unknown> };
  for (let closed = element.shadowRoot!.querySelectorAll<HTMLButtonElement>('[part="toggle"][aria-expanded="false"]'); closed.length; ) {
    for (const button of closed) button.click();
    await element.updateComplete;
    closed = element.shadowRoot!.querySelectorAll<HTMLButtonElement>('[part="toggle"][aria-expanded="false"]');
  }
}

async function expectShown(canvas: HTMLElement, check: (count: number, all: number) => boolean): Promise<void> {
  await openAll(canvas);
  const count = activities(canvas).length;
  const all = (await plan()).activities.length;
  await expect(check(count, all), `${count} of ${all} activities shown`).toBe(true);
  await expect(shadowTexts(tracker(canvas), '[part="count"]')).toEqual([`Showing ${count} of ${all} activities.`]);
}

const meta = {
  title: 'Elements/luton-action-tracker',
  component: 'luton-action-tracker',
  // Stories are PascalCase; camelCase exports are render functions and fixtures for other uses.
  excludeStories: /^[a-z]/,
  render: renderActionTracker,
  args: { src: FEED },
  argTypes: {
    priority: { control: 'inline-radio', options: [undefined, 'skills-growth', 'talent-pipeline', 'inequality-inactivity', 'adaptable-workforce'] },
    owner: { control: 'text' },
    partner: { control: 'text' },
    status: { control: 'select', options: [undefined, 'complete', 'on-track', 'in-progress', 'at-risk', 'delayed', 'not-started', 'not-reported'] },
    year: { control: 'inline-radio', options: [undefined, 1, 2, 3, 4, 5] },
    activity: { control: 'text' },
    hideFilters: { control: 'boolean' },
    headingLevel: { control: { type: 'number', min: 1, max: 6 } },
    src: { control: 'text' },
    theme: { control: 'inline-radio', options: [undefined, 'light', 'dark', 'auto'] },
  },
} satisfies Meta<ActionTrackerArgs>;

export default meta;
type Story = StoryObj<ActionTrackerArgs>;

export const AllActivities: Story = {
  name: 'Every activity of the plan',
  play: async ({ canvasElement }) => {
    const { activities: all, priorities } = await plan();
    await expectState(canvasElement, 'luton-action-tracker', 'data', `Showing ${all.length} of ${all.length} activities.`, 'Plan years are counted from');
    await expect(shadowTexts(tracker(canvasElement), '[part="priority"] > [role="heading"]')).toEqual(priorities.map((p) => `${p.number}. ${p.title}`));
    await expect(tracker(canvasElement).shadowRoot!.querySelector('[part="filters"]')).not.toBeNull();
  },
};

export const OnePriority: Story = {
  name: 'One priority (priority="talent-pipeline")',
  args: { priority: 'talent-pipeline' },
  play: async ({ canvasElement, args }) => {
    const priority = (await plan()).priorities.find((p) => p.id === args.priority)!;
    await expectState(canvasElement, 'luton-action-tracker', 'data', `${priority.number}. ${priority.title}`);
    await expectShown(canvasElement, (n, all) => n > 0 && n < all);
    await expect(shadowTexts(tracker(canvasElement), '[part="activity"] summary .number').every((id) => id.startsWith(`${priority.number}.`))).toBe(true);
  },
};

export const OneActivity: Story = {
  name: 'One activity, opened (activity="1.1.2")',
  args: { activity: '1.1.2' },
  play: async ({ canvasElement, args }) => {
    const { activities: all, organisations } = await plan();
    const one = all.find((a) => a.id === args.activity)!;
    await expectState(canvasElement, 'luton-action-tracker', 'data', `Showing 1 of ${all.length} activities.`, one.title);
    const [only] = activities(canvasElement) as HTMLDetailsElement[];
    await expect(only!.open).toBe(true);
    await expect(field(canvasElement, 'Delivery owners')).toEqual([one.owners.map((id) => organisations.find((o) => o.id === id)?.name ?? id).join('; ')]);
    // One activity is a citation on a page, not a browser: no filter controls.
    await expect(tracker(canvasElement).shadowRoot!.querySelector('[part="filters"]')).toBeNull();
  },
};

export const InProgress: Story = {
  name: 'Activities with a reported status (status="in-progress")',
  args: { status: 'in-progress' },
  play: async ({ canvasElement }) => {
    await expectState(canvasElement, 'luton-action-tracker', 'data', await ofAll());
    await expectShown(canvasElement, (n) => n > 0);
    await expect(new Set(shadowTexts(tracker(canvasElement), '[part="status"]'))).toEqual(new Set(['In progress']));
    // A reported status always comes with its evidence and who reported it.
    await expect(field(canvasElement, 'Last update').every((u) => /^\d{4}.*\(.+\)$/s.test(u))).toBe(true);
  },
};

export const ByOwner: Story = {
  name: 'One delivery owner (owner="university-of-bedfordshire")',
  args: { owner: 'university-of-bedfordshire' },
  play: async ({ canvasElement, args }) => {
    const owner = (await plan()).organisations.find((o) => o.id === args.owner)!;
    await expectState(canvasElement, 'luton-action-tracker', 'data', await ofAll());
    await expectShown(canvasElement, (n, all) => n > 0 && n < all);
    await expect(field(canvasElement, 'Delivery owners').every((owners) => owners.includes(owner.name))).toBe(true);
    const select = tracker(canvasElement).shadowRoot!.querySelector<HTMLSelectElement>('select[name="owner"]')!;
    await expect(select.value).toBe('university-of-bedfordshire');
  },
};

export const ByYear: Story = {
  name: 'One plan year, with ongoing activities (year="3")',
  args: { year: 3 },
  play: async ({ canvasElement }) => {
    await expectState(canvasElement, 'luton-action-tracker', 'data', await ofAll());
    await expectShown(canvasElement, (n, all) => n > 0 && n < all);
    await expect(field(canvasElement, 'Timeframe').every((t) => /ongoing|\b3\b/i.test(t))).toBe(true);
  },
};

export const NoMatch: Story = {
  name: 'No activity matches (an owner the plan does not name)',
  args: { owner: 'no-such-organisation' },
  play: async ({ canvasElement }) => expectState(canvasElement, 'luton-action-tracker', 'no-data', `Showing 0 ${await ofAll()}`, 'No activity matches these filters.'),
};

export const FilterFromControls: Story = {
  name: 'Filtering from the controls',
  play: async ({ canvasElement }) => {
    const { activities: all, priorities } = await plan();
    await expectState(canvasElement, 'luton-action-tracker', 'data', `Showing ${all.length} of ${all.length} activities.`);
    const changes: CustomEvent[] = [];
    canvasElement.addEventListener('luton-filter-change', (e) => changes.push(e as CustomEvent));
    const select = tracker(canvasElement).shadowRoot!.querySelector<HTMLSelectElement>('select[name="priority"]')!;
    const last = priorities.at(-1)!;
    await userEvent.selectOptions(select, last.id);
    await waitFor(() => expect(changes.at(-1)?.detail).toMatchObject({ priority: last.id }));
    await waitFor(() => expect(shadowTexts(tracker(canvasElement), '[part="priority"] > [role="heading"]')).toEqual([`${last.number}. ${last.title}`]));
    await expectShown(canvasElement, (n, all) => n > 0 && n < all);
  },
};

export const HiddenFilters: Story = {
  name: 'Filters set by the page, controls hidden (hide-filters)',
  args: { priority: 'skills-growth', hideFilters: true },
  play: async ({ canvasElement, args }) => {
    const priority = (await plan()).priorities.find((p) => p.id === args.priority)!;
    await expectState(canvasElement, 'luton-action-tracker', 'data', `${priority.number}. ${priority.title}`);
    await expectShown(canvasElement, (n, all) => n > 0 && n < all);
    await expect(tracker(canvasElement).shadowRoot!.querySelector('[part="filters"]')).toBeNull();
  },
};

export const MissingFeed: Story = {
  name: 'Error: no feed at the address',
  args: { src: MISSING_FEED },
  play: ({ canvasElement }) => expectState(canvasElement, 'luton-action-tracker', 'error', 'could not be loaded', 'HTTP 404'),
};

export const Loading: Story = {
  // The tracker reads from the provider's client, which never answers.
  render: ({ theme }) => html`<luton-data .client=${neverAnsweringClient()}>${renderActionTracker({ theme })}</luton-data>`,
  play: ({ canvasElement }) => expectState(canvasElement, 'luton-action-tracker', 'loading', 'Loading the Implementation Plan activities'),
};
