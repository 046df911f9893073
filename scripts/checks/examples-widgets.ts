// Reads what each widget on a page shows and checks it against the built feed: drawn, not loading,
// not an error, and showing the feed's own figures.
import assert from 'node:assert/strict';
import { compareAreas, formatValue, trendOf, type Activity, type Area, type Pledge, type Vacancy } from '@luton2040/sdk';
import type { Page } from 'puppeteer-core';
import { feedKpis, feedResource } from './examples-server.js';

export const WIDGET_TAGS = ['luton-kpi', 'luton-comparator-bars', 'luton-action-tracker', 'luton-vacancy-feed', 'luton-pledge-badge'];
const selector = WIDGET_TAGS.join(', ');

/** What one widget shows, read from its shadow root. */
export interface WidgetSummary {
  tag: string;
  attrs: Record<string, string>;
  busy: boolean;
  failed: boolean;
  title: string | null;
  value: string | null;
  name: string | null;
  count: string | null;
  rows: string[];
  vacancies: string[];
}

// Page-side code is a string: tsx would wrap named functions in a helper the page does not have.
const SETTLED = `(() => {
  const widgets = [...document.querySelectorAll(${JSON.stringify(selector)})];
  return widgets.length > 0 && widgets.every((el) => el.shadowRoot && el.shadowRoot.querySelector('[part~="base"]') && !el.shadowRoot.querySelector('[aria-busy="true"]'));
})()`;

const SUMMARY = `[...document.querySelectorAll(${JSON.stringify(selector)})].map((el) => {
  const root = el.shadowRoot;
  const text = (css) => root?.querySelector(css)?.textContent?.replace(/\\s+/g, ' ').trim() ?? null;
  return {
    tag: el.localName,
    attrs: Object.fromEntries([...el.attributes].map((a) => [a.name, a.value])),
    busy: !root || Boolean(root.querySelector('[aria-busy="true"]')),
    failed: Boolean(root?.querySelector('[role="alert"], .unavailable, [data-state="no-data"]')),
    title: text('[part~="title"]'),
    value: text('[part~="value"] data'),
    name: text('[part~="name"]'),
    count: text('[part="count"]') ?? text('.count'),
    rows: [...(root?.querySelectorAll('ol.bars .label') ?? [])].map((n) => n.textContent.trim()),
    vacancies: [...(root?.querySelectorAll('[part~="vacancy"]') ?? [])].map((n) => n.getAttribute('aria-labelledby').replace(/^v-/, '')),
  };
})`;

/** Waits until every widget on the page has left its loading state, then reads them. */
export async function settledWidgets(page: Page, timeout = 20_000): Promise<WidgetSummary[]> {
  try {
    await page.waitForFunction(SETTLED, { timeout });
  } catch (error) {
    const states = (await page.evaluate(SUMMARY)) as WidgetSummary[];
    throw new Error(`widgets still loading after ${timeout} ms: ${JSON.stringify(states.map((w) => [w.tag, w.attrs, w.busy]))}`, { cause: error });
  }
  return (await page.evaluate(SUMMARY)) as WidgetSummary[];
}

const kpis = new Map(feedKpis().map((k) => [k.id, k]));
const areas = feedResource<Area>('areas');
const activities = feedResource<Activity>('activities');
const vacancies = feedResource<Vacancy>('vacancies');
const pledges = feedResource<Pledge>('pledges');

function kpiFor(widget: WidgetSummary) {
  const kpi = kpis.get(widget.attrs.kpi ?? '');
  assert.ok(kpi, `the feed has the KPI "${widget.attrs.kpi}"`);
  return kpi;
}

/** Asserts that each widget shows what the feed holds for its attributes. */
export function assertShowsFeed(widgets: WidgetSummary[], where: string): void {
  for (const w of widgets) {
    const what = `${where}: <${w.tag} ${Object.entries(w.attrs).map(([k, v]) => `${k}="${v}"`).join(' ')}>`;
    assert.equal(w.busy, false, `${what} is still loading`);
    assert.equal(w.failed, false, `${what} shows an error or no data`);
    switch (w.tag) {
      case 'luton-kpi': {
        const kpi = kpiFor(w);
        const latest = trendOf(kpi).latest;
        assert.ok(latest, `${kpi.id} has a figure in the feed`);
        assert.equal(w.title, kpi.title, `${what} title`);
        assert.equal(w.value, formatValue(latest.value, kpi.unit, latest.status), `${what} value`);
        break;
      }
      case 'luton-comparator-bars': {
        const kpi = kpiFor(w);
        const wanted = w.attrs.areas?.split(/[\s,]+/).filter(Boolean);
        const comparison = compareAreas(kpi, areas, { reference: w.attrs.reference ?? 'england', ...(wanted?.length ? { areas: wanted } : {}) });
        assert.ok(w.title?.includes(kpi.title), `${what} caption names the KPI`);
        assert.deepEqual(w.rows, comparison.rows.map((r) => r.label), `${what} bars`);
        break;
      }
      case 'luton-action-tracker': {
        const year = w.attrs.year ? Number(w.attrs.year) : undefined;
        const shown = activities.filter(
          (a) =>
            (!w.attrs.priority || a.priority === w.attrs.priority) &&
            (!w.attrs.status || a.status === w.attrs.status) &&
            (!year || a.timeframe.ongoing || a.timeframe.years.includes(year)),
        );
        assert.equal(w.count, `Showing ${shown.length} of ${activities.length} activities.`, `${what} count`);
        break;
      }
      case 'luton-vacancy-feed': {
        // Judged open on today's date, as the widget does.
        const today = new Date().toISOString().slice(0, 10);
        const open = vacancies
          .filter((v) => !v.validThrough || v.validThrough >= today)
          .filter((v) => !w.attrs.sector || v.sector === w.attrs.sector)
          .filter((v) => !w.attrs.contract || (v.employmentType as string[]).includes(w.attrs.contract))
          .sort((a, b) => b.datePosted.localeCompare(a.datePosted) || a.id.localeCompare(b.id));
        const limit = Number(w.attrs.limit ?? 5);
        assert.deepEqual(w.vacancies, open.slice(0, limit).map((v) => v.id), `${what} vacancies`);
        break;
      }
      case 'luton-pledge-badge': {
        const pledge = pledges.filter((p) => p.organisation.id === w.attrs.org).sort((a, b) => b.madeOn.localeCompare(a.madeOn))[0];
        assert.ok(pledge, `the feed has a pledge of "${w.attrs.org}"`);
        assert.equal(w.name, pledge.organisation.name, `${what} organisation`);
        break;
      }
      default:
        assert.fail(`unexpected widget ${w.tag}`);
    }
  }
}

/** The tags present, each once, sorted: to check that a page has every kind of widget. */
export const tagsOf = (widgets: WidgetSummary[]) => [...new Set(widgets.map((w) => w.tag))].sort();
