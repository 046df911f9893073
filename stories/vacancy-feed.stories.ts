import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { expect, userEvent, waitFor } from 'storybook/test';
import '../packages/elements/src/define/data.js';
import '../packages/elements/src/define/vacancy-feed.js';
import { FEED, MISSING_FEED, neverAnsweringClient } from './feeds.js';
import { expectState, shadowTexts } from './tile-state.js';

/** The attributes a page author writes; every story is one set of them. */
export interface VacancyFeedArgs {
  sector?: string;
  contract?: string;
  limit?: number;
  today?: string;
  hideFilters?: boolean;
  src?: string;
  theme?: 'light' | 'dark' | 'auto';
}

/** `<luton-vacancy-feed>` exactly as a page author would write it (also usable as a test fixture). */
export const renderVacancyFeed = (args: VacancyFeedArgs) =>
  html`<luton-vacancy-feed
    sector=${ifDefined(args.sector)}
    contract=${ifDefined(args.contract)}
    limit=${ifDefined(args.limit)}
    today=${ifDefined(args.today)}
    ?hide-filters=${args.hideFilters}
    src=${ifDefined(args.src)}
    theme=${ifDefined(args.theme)}
  ></luton-vacancy-feed>`;

/**
 * The day the demo feed's sample vacancies are judged open on: a fixed date, so the stories show the
 * same vacancies whenever they are opened.
 */
const TODAY = '2026-11-25';

const feed = (canvas: HTMLElement) => canvas.querySelector('luton-vacancy-feed')!;
const vacancies = (canvas: HTMLElement) => [...feed(canvas).shadowRoot!.querySelectorAll<HTMLElement>('[part~="vacancy"]')];
/** Each vacancy's facts line by line: pay, contract, sector, closing date, Real Living Wage flag. */
const facts = (canvas: HTMLElement) => vacancies(canvas).map((v) => [...v.querySelectorAll('.facts li')].map((li) => li.textContent!.trim()));
const countLine = (canvas: HTMLElement) => shadowTexts(feed(canvas), '.count')[0] ?? '';

/** Checks the count line against the vacancies drawn: "Showing N of M open vacancies." */
async function expectShowing(canvas: HTMLElement, check: (shown: number, open: number) => boolean): Promise<void> {
  const [, shown, open] = /^Showing (\d+) of (\d+) open vacancies\.$/.exec(countLine(canvas)) ?? [];
  await expect(Number(shown), countLine(canvas)).toBe(vacancies(canvas).length);
  await expect(check(Number(shown), Number(open)), countLine(canvas)).toBe(true);
}

const meta = {
  title: 'Elements/luton-vacancy-feed',
  component: 'luton-vacancy-feed',
  // Stories are PascalCase; camelCase exports are render functions and fixtures for other uses.
  excludeStories: /^[a-z]/,
  render: renderVacancyFeed,
  args: { today: TODAY, src: FEED },
  argTypes: {
    sector: { control: 'text' },
    contract: {
      control: 'select',
      options: [undefined, 'FULL_TIME', 'PART_TIME', 'CONTRACTOR', 'TEMPORARY', 'INTERN', 'VOLUNTEER', 'PER_DIEM', 'APPRENTICESHIP', 'OTHER'],
    },
    limit: { control: { type: 'number', min: 1 } },
    today: { control: 'text' },
    hideFilters: { control: 'boolean' },
    src: { control: 'text' },
    theme: { control: 'inline-radio', options: [undefined, 'light', 'dark', 'auto'] },
  },
} satisfies Meta<VacancyFeedArgs>;

export default meta;
type Story = StoryObj<VacancyFeedArgs>;

export const SampleVacancies: Story = {
  name: 'The demo feed’s sample vacancies (sample data)',
  play: async ({ canvasElement }) => {
    await expectState(canvasElement, 'luton-vacancy-feed', 'data', 'Sample data: these vacancies are made up for demonstration.', 'Real Living Wage flag');
    await expectShowing(canvasElement, (shown, open) => shown === 5 && open > 5);
    // Every sample vacancy says so on itself, not only in the banner.
    await expect(vacancies(canvasElement).every((v) => v.querySelector('[part~="sample"]')?.textContent === 'Sample data')).toBe(true);
  },
};

export const BySector: Story = {
  name: 'One sector (sector="construction")',
  args: { sector: 'construction' },
  play: async ({ canvasElement }) => {
    await expectState(canvasElement, 'luton-vacancy-feed', 'data', 'Sample data');
    await expectShowing(canvasElement, (shown) => shown > 0);
    await expect(facts(canvasElement).every((f) => f.includes('Construction'))).toBe(true);
    await expect(feed(canvasElement).shadowRoot!.querySelector<HTMLSelectElement>('select[name="sector"]')!.value).toBe('construction');
  },
};

export const ByContract: Story = {
  name: 'One contract type (contract="APPRENTICESHIP")',
  args: { contract: 'APPRENTICESHIP' },
  play: async ({ canvasElement }) => {
    await expectState(canvasElement, 'luton-vacancy-feed', 'data', 'Sample data');
    await expectShowing(canvasElement, (shown) => shown > 0);
    await expect(facts(canvasElement).every((f) => f.some((fact) => fact.split(', ').includes('Apprenticeship')))).toBe(true);
  },
};

export const ShowMore: Story = {
  name: 'A few at a time, then "Show more" (limit="3")',
  args: { limit: 3 },
  play: async ({ canvasElement }) => {
    await expectState(canvasElement, 'luton-vacancy-feed', 'data', 'Show more vacancies');
    await expectShowing(canvasElement, (shown, open) => shown === 3 && open > 6);
    await userEvent.click(feed(canvasElement).shadowRoot!.querySelector<HTMLButtonElement>('[part~="more"]')!);
    await waitFor(() => expect(vacancies(canvasElement).length).toBe(6));
    await expectShowing(canvasElement, (shown) => shown === 6);
    // Keyboard users carry on from the first vacancy that appeared.
    await waitFor(() => expect(feed(canvasElement).shadowRoot!.activeElement).toBe(vacancies(canvasElement)[3]));
  },
};

export const ClosedOnesDropOut: Story = {
  name: 'Vacancies past their closing date drop out (today="2026-12-16")',
  args: { today: '2026-12-16', limit: 20 },
  play: async ({ canvasElement }) => {
    await expectState(canvasElement, 'luton-vacancy-feed', 'data', 'Sample data');
    await expectShowing(canvasElement, (shown) => shown > 0);
    const closing = facts(canvasElement).flatMap((f) => f.filter((fact) => fact.startsWith('Closes ')).map((fact) => new Date(`${fact.slice(7)} UTC`)));
    await expect(closing.length, 'vacancies with a closing date').toBeGreaterThan(0);
    await expect(closing.every((date) => date >= new Date('2026-12-16T00:00:00Z'))).toBe(true);
  },
};

export const NoMatch: Story = {
  name: 'No vacancy matches (sector="construction" contract="INTERN")',
  args: { sector: 'construction', contract: 'INTERN' },
  play: async ({ canvasElement }) => {
    await expectState(canvasElement, 'luton-vacancy-feed', 'no-data', 'No open vacancies match.', 'Sample data');
    await expect(vacancies(canvasElement)).toHaveLength(0);
  },
};

export const MissingFeed: Story = {
  name: 'Error: no feed at the address',
  args: { src: MISSING_FEED },
  play: ({ canvasElement }) => expectState(canvasElement, 'luton-vacancy-feed', 'error', 'could not be loaded', 'HTTP 404'),
};

export const Loading: Story = {
  // The feed reads from the provider's client, which never answers.
  render: ({ today, theme }) => html`<luton-data .client=${neverAnsweringClient()}>${renderVacancyFeed({ today, theme })}</luton-data>`,
  play: ({ canvasElement }) => expectState(canvasElement, 'luton-vacancy-feed', 'loading', 'Loading vacancies'),
};
