import { compareAreas, type Comparison, type Kpi, type LutonClient, type SourceDocument } from '@luton2040/sdk';

/** What the widget draws: the KPI, its comparison, and the document Luton's figure is cited from. */
export interface BarsView {
  kpi: Kpi;
  comparison: Comparison;
  document?: SourceDocument;
}

export interface BarsQuery {
  id: string;
  /** Area ids separated by spaces or commas; all areas with figures when absent. */
  areas?: string | undefined;
  reference?: string | undefined;
}

/** Reads what `<luton-comparator-bars>` draws (the widget and the server renderer share it). */
export async function loadBarsView(client: LutonClient, { id, areas, reference = 'england' }: BarsQuery, signal?: AbortSignal): Promise<BarsView> {
  const [kpi, allAreas, documents] = await Promise.all([
    client.kpis.get(id, { signal }),
    client.areas.list({ signal }),
    client.documents.list({ signal }).catch(() => []),
  ]);
  const wanted = areas?.split(/[\s,]+/).filter(Boolean);
  const comparison = compareAreas(kpi, allAreas, { reference, ...(wanted?.length ? { areas: wanted } : {}) });
  const cited = comparison.rows.find((r) => r.role === 'luton')?.citation.doc;
  const document = documents.find((d) => d.id === cited);
  return { kpi, comparison, ...(document ? { document } : {}) };
}
