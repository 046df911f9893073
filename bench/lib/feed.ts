/**
 * The feed the suite measures with: the reference feed as the publisher CLI builds it, read back
 * here so that pages and comparisons take their KPI ids and figures from the data itself.
 */
import { createHash } from 'node:crypto';
import { cpSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { headlineSeries, type Kpi } from '@luton2040/sdk';

interface ManifestEntry {
  url: string;
  sha256: string;
  count: number;
  sample?: boolean;
}

export interface Manifest {
  version: string;
  resources: Record<string, ManifestEntry>;
}

export interface Feed {
  dir: string;
  manifest: Manifest;
  /** The records of one resource, e.g. `items('kpis')`. */
  items<T = Record<string, unknown>>(resource: string): T[];
}

export function readFeed(dir: string): Feed {
  const manifest = JSON.parse(readFileSync(join(dir, 'index.json'), 'utf8')) as Manifest;
  const read = new Map<string, unknown[]>();
  return {
    dir,
    manifest,
    items<T>(resource: string): T[] {
      const entry = manifest.resources[resource];
      if (!entry) throw new Error(`${join(dir, 'index.json')} lists no "${resource}" resource`);
      if (!read.has(resource)) read.set(resource, (JSON.parse(readFileSync(join(dir, entry.url), 'utf8')) as { items: unknown[] }).items);
      return read.get(resource) as T[];
    },
  };
}

/** The KPIs that have at least one headline figure: the ones a tile draws a value for. */
export function kpisWithFigures(feed: Feed): Kpi[] {
  return feed.items<Kpi>('kpis').filter((kpi) => headlineSeries(kpi).length > 0);
}

/** `count` KPI ids, going round the KPIs that have figures as often as needed. */
export function tileIds(feed: Feed, count: number): string[] {
  const kpis = kpisWithFigures(feed);
  return Array.from({ length: count }, (_, i) => kpis[i % kpis.length]!.id);
}

interface Activity {
  id: string;
  action: string;
}
interface Action {
  id: string;
  activities: string[];
}

/** The feed's plan numbers (`1.12.3`) have at most two digits per level. */
const MAX_NUMBER = 99;

/**
 * A copy of the feed whose Implementation Plan activities are repeated `times` times, with new ids
 * (synthetic benchmark data). Two-digit numbers cannot hold a hundred copies of every action, so
 * actions are repeated as often as their numbers allow (1.2 becomes 1.9, 1.16...) and, beyond that,
 * each copy of an action holds several copies of its activities (1.2.3 becomes 1.2.14, 1.2.25...).
 * Priorities, owners and partners stay as they are. Manifest entries are rewritten (content hash,
 * file name, count) as the publisher would write them.
 */
export function writeScaledPlan(from: Feed, dir: string, times: number): { actions: number; activities: number } {
  const activities = from.items<Activity>('activities');
  const actions = from.items<Action>('actions');
  const numbers = (id: string) => id.split('.').map(Number);
  const actionStride = Math.max(...actions.map((a) => numbers(a.id)[1]!));
  const activityStride = Math.max(...activities.map((a) => numbers(a.id)[2]!));
  const actionCopies = Math.min(times, Math.floor((MAX_NUMBER - actionStride) / actionStride) + 1);
  const activityCopies = Math.ceil(times / actionCopies);
  if (activityStride * activityCopies > MAX_NUMBER) throw new Error(`the plan cannot be repeated ${times} times within two-digit activity numbers`);
  const actionId = (id: string, c1: number) => {
    const [p, a] = numbers(id);
    return `${p}.${a! + actionStride * c1}`;
  };
  const activityId = (id: string, c1: number, c2: number) => `${actionId(id, c1)}.${numbers(id)[2]! + activityStride * c2}`;
  const copies = Array.from({ length: times }, (_, c) => ({ c1: c % actionCopies, c2: Math.floor(c / actionCopies) }));

  const scaledActivities = copies.flatMap(({ c1, c2 }) => activities.map((a) => ({ ...a, id: activityId(a.id, c1, c2), action: actionId(a.action, c1) })));
  const scaledActions = Array.from({ length: actionCopies }, (_, c1) =>
    actions.map((action) => ({
      ...action,
      id: actionId(action.id, c1),
      activities: copies.filter((copy) => copy.c1 === c1).flatMap(({ c2 }) => action.activities.map((a) => activityId(a, c1, c2))),
    })),
  ).flat();

  rmSync(dir, { recursive: true, force: true });
  cpSync(from.dir, dir, { recursive: true });
  const manifest = structuredClone(from.manifest);
  for (const [name, items] of [['actions', scaledActions], ['activities', scaledActivities]] as const) {
    const body = JSON.stringify({ resource: name, items });
    const sha256 = createHash('sha256').update(body).digest('hex');
    const url = `${name}.${sha256.slice(0, 16)}.json`;
    rmSync(join(dir, manifest.resources[name]!.url));
    writeFileSync(join(dir, url), body);
    manifest.resources[name] = { ...manifest.resources[name]!, url, sha256, count: items.length };
  }
  writeFileSync(join(dir, 'index.json'), JSON.stringify(manifest, null, 2));
  return { actions: scaledActions.length, activities: scaledActivities.length };
}
