// One widget of each kind, chosen from the feed itself, and the texts each must show, worked out
// from the feed through the SDK: the tests never name a figure.
import { pledgeBadgeEn } from '@luton2040/elements/components/pledge-badge/pledge-badge.en.js';
import { compareAreas, formatValue, periodPhrase, trendOf, verifyPledge, type LutonClient } from '@luton2040/sdk';
import { matchesVacancy, newestPostedFirst, newestPledge, today } from '@luton2040/sdk/predicates';
import assert from 'node:assert/strict';
import { after, before } from 'node:test';
import { referenceFeed, richestComparison, type TestFeed } from './test-feed.js';
import { widgetTags, type Widget, type WidgetTag } from './widgets.js';

/** A KPI with a trend, the KPI with the richest comparison, the whole tracker, three vacancies and a pledge. */
export async function oneOfEach(client: LutonClient, registryKey?: string): Promise<Widget[]> {
  const kpis = await client.resource('kpis');
  const trending = kpis.find((k) => trendOf(k).previous && k.comparators.length > 0) ?? kpis[0]!;
  const [pledge] = await client.resource('pledges');
  if (!pledge) throw new Error('the test feed has no pledge');
  // By tag, so that a widget added to the registry is a compile error here until it has its case.
  const attributes: Record<WidgetTag, Widget['attributes']> = {
    'luton-kpi': { kpi: trending.id, compare: 'england' },
    'luton-comparator-bars': { kpi: await richestComparison(client) },
    'luton-action-tracker': {},
    'luton-vacancy-feed': { limit: '3' },
    'luton-pledge-badge': { org: pledge.organisation.id, variant: 'expanded', ...(registryKey ? { 'registry-key': registryKey } : {}) },
  };
  return widgetTags.map((tag) => ({ tag, attributes: attributes[tag] }));
}

/** Texts a widget shows both on a page and in an email, from the feed. */
export async function expectedTexts(client: LutonClient, { tag, attributes }: Widget): Promise<string[]> {
  const day = today();
  switch (tag) {
    case 'luton-kpi': {
      const kpi = await client.kpis.get(attributes.kpi!);
      const latest = trendOf(kpi).latest!;
      return [kpi.title, formatValue(latest.value, kpi.unit, latest.status), periodPhrase(latest)];
    }
    case 'luton-comparator-bars': {
      const comparison = compareAreas(await client.kpis.get(attributes.kpi!), await client.resource('areas'));
      return comparison.rows.flatMap((r) => [r.name, r.label]);
    }
    case 'luton-action-tracker': {
      const [activities, priorities] = await Promise.all([client.resource('activities'), client.resource('essPriorities')]);
      return [`${activities.length} activities`, ...priorities.map((p) => `${p.number}. ${p.title}`)];
    }
    case 'luton-vacancy-feed': {
      const open = (await client.resource('vacancies')).filter((v) => matchesVacancy(v, {}, day)).sort(newestPostedFirst);
      return ['Sample data', ...open.slice(0, Number(attributes.limit ?? 5)).map((v) => v.title)];
    }
    case 'luton-pledge-badge': {
      const pledge = newestPledge(await client.pledges.list({ organisation: attributes.org!, includeRevoked: true }))!;
      const key = attributes['registry-key'];
      return [pledge.organisation.name, ...(key ? [pledgeBadgeEn.verdict[await verifyPledge(pledge, key, day)]] : [])];
    }
  }
}

/** The reference feed, a client of it and one widget of each kind, for one test file. */
export interface ReferenceWidgets {
  readonly feed: TestFeed;
  readonly client: LutonClient;
  readonly widgets: Widget[];
  /** The widget of that kind. */
  widget(tag: string): Widget;
}

/** Builds the reference feed before the file's tests and removes it after them. */
export function withReferenceWidgets(): ReferenceWidgets {
  let set: { feed: TestFeed; client: LutonClient; widgets: Widget[] } | undefined;
  const ready = () => set ?? assert.fail('the reference widgets are used before the tests start');
  before(async () => {
    const feed = await referenceFeed();
    const client = feed.client();
    set = { feed, client, widgets: await oneOfEach(client) };
  });
  after(() => set?.feed.remove());
  return {
    get feed() {
      return ready().feed;
    },
    get client() {
      return ready().client;
    },
    get widgets() {
      return ready().widgets;
    },
    widget: (tag) => ready().widgets.find((w) => w.tag === tag) ?? assert.fail(`no ${tag} among the reference widgets`),
  };
}
