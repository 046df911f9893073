// One widget of each kind, chosen from the feed itself, and the texts each must show, worked out
// from the feed through the SDK: the tests never name a figure.
import { verdictText } from '@luton2040/elements/components/pledge-badge.component.js';
import { openVacancies } from '@luton2040/elements/components/vacancy-feed.model.js';
import { compareAreas, formatValue, periodPhrase, trendOf, verifyPledge, type LutonClient } from '@luton2040/sdk';
import { richestComparison } from './test-feed.js';
import type { Widget } from './widgets.js';

/** A KPI with a trend, the KPI with the richest comparison, the whole tracker, three vacancies and a pledge. */
export async function oneOfEach(client: LutonClient, registryKey?: string): Promise<Widget[]> {
  const kpis = await client.resource('kpis');
  const trending = kpis.find((k) => trendOf(k).previous && k.comparators.length > 0) ?? kpis[0]!;
  const [pledge] = await client.resource('pledges');
  if (!pledge) throw new Error('the test feed has no pledge');
  return [
    { tag: 'luton-kpi', attributes: { kpi: trending.id, compare: 'england' } },
    { tag: 'luton-comparator-bars', attributes: { kpi: await richestComparison(client) } },
    { tag: 'luton-action-tracker', attributes: {} },
    { tag: 'luton-vacancy-feed', attributes: { limit: '3' } },
    { tag: 'luton-pledge-badge', attributes: { org: pledge.organisation.id, variant: 'expanded', ...(registryKey ? { 'registry-key': registryKey } : {}) } },
  ];
}

/** Texts a widget shows both on a page and in an email, from the feed. */
export async function expectedTexts(client: LutonClient, { tag, attributes }: Widget): Promise<string[]> {
  const today = new Date().toISOString().slice(0, 10);
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
      const open = openVacancies(await client.resource('vacancies'), { today });
      return ['Sample data', ...open.slice(0, Number(attributes.limit ?? 5)).map((v) => v.title)];
    }
    case 'luton-pledge-badge': {
      const pledge = (await client.pledges.list({ organisation: attributes.org! }))[0]!;
      const key = attributes['registry-key'];
      return [pledge.organisation.name, ...(key ? [verdictText[await verifyPledge(pledge, key, today)]] : [])];
    }
  }
}
