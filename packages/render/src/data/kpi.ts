import type { KpiView } from '@luton2040/elements/components/kpi.component.js';
import { describeKpi } from '@luton2040/elements/components/kpi.view.js';
import { NotFoundError, type LutonClient } from '@luton2040/sdk';

/** What `<luton-kpi>` draws, read the way the tile reads it. */
export async function loadKpi(client: LutonClient, attributes: Readonly<Record<string, string>>, signal?: AbortSignal): Promise<KpiView> {
  const { kpi: id, compare, baseline } = attributes;
  if (!id) throw new TypeError('<luton-kpi> needs a kpi attribute');
  const [read, documents, areas] = await Promise.all([
    client.read('kpis', { signal }),
    // As in the tile: document titles and area names only label the figure.
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
