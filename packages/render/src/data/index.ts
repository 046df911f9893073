import type { TrackerData } from '@luton2040/elements/components/action-tracker.model.js';
import type { BarsView } from '@luton2040/elements/components/comparator-bars.component.js';
import type { KpiView } from '@luton2040/elements/components/kpi.component.js';
import type { BadgeView } from '@luton2040/elements/components/pledge-badge.component.js';
import type { FeedData } from '@luton2040/elements/components/vacancy-feed.component.js';
import type { LutonClient } from '@luton2040/sdk';
import type { Widget } from '../widgets.js';
import { loadComparison } from './comparison.js';
import { loadKpi } from './kpi.js';
import { loadPledge } from './pledge.js';
import { loadTracker } from './tracker.js';
import { loadVacancies } from './vacancies.js';

/** A widget with the data it draws: exactly what the element itself would load from the feed. */
export type WidgetData =
  | { tag: 'luton-kpi'; view: KpiView }
  | { tag: 'luton-comparator-bars'; view: BarsView }
  | { tag: 'luton-action-tracker'; view: TrackerData }
  | { tag: 'luton-vacancy-feed'; view: FeedData }
  | { tag: 'luton-pledge-badge'; view: BadgeView };

/** Reads what a widget draws through the SDK. Fails as the widget would: with the SDK's typed errors. */
export async function loadWidgetData({ tag, attributes }: Widget, client: LutonClient, signal?: AbortSignal): Promise<WidgetData> {
  switch (tag) {
    case 'luton-kpi':
      return { tag, view: await loadKpi(client, attributes, signal) };
    case 'luton-comparator-bars':
      return { tag, view: await loadComparison(client, attributes, signal) };
    case 'luton-action-tracker':
      return { tag, view: await loadTracker(client, signal) };
    case 'luton-vacancy-feed':
      return { tag, view: await loadVacancies(client, signal) };
    case 'luton-pledge-badge':
      return { tag, view: await loadPledge(client, attributes, signal) };
  }
}
