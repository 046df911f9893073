import { NotFoundError, type Kpi, type LutonClient, type SourceDocument } from '@luton2040/sdk';
import { describeKpi, type KpiDescription } from './kpi.view.js';

/** What the tile draws: the KPI and everything worked out from it. */
export interface KpiView {
  kpi: Kpi;
  description: KpiDescription;
  document?: SourceDocument;
  /** Set when the feed could not be reached and the last good copy is shown. */
  staleSince?: number;
  sample: boolean;
}

export interface KpiQuery {
  id: string;
  compare?: string | undefined;
  baseline?: string | undefined;
}

/**
 * Reads what `<luton-kpi>` draws. The tile and the server renderer both use it, so that a
 * server-rendered tile shows exactly what the live one will.
 */
export async function loadKpiView(client: LutonClient, { id, compare, baseline }: KpiQuery, signal?: AbortSignal): Promise<KpiView> {
  const [read, documents, areas] = await Promise.all([
    client.read('kpis', { signal }),
    // Document titles and area names only label the figure: without them the tile still shows it.
    client.documents.list({ signal }).catch(() => []),
    compare ? client.areas.list({ signal }).catch(() => []) : Promise.resolve([]),
  ]);
  const kpi = read.data.find((k) => k.id === id);
  if (!kpi) throw new NotFoundError('kpis', id);
  const compareName = areas.find((a) => a.id === compare)?.name;
  const description = describeKpi(kpi, { compare, compareName, baseline });
  const document = documents.find((d) => d.id === description.latest?.citation.doc);
  return { kpi, description, sample: read.sample, ...(document ? { document } : {}), ...(read.stale && read.error ? { staleSince: read.fetchedAt } : {}) };
}
