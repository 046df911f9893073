import { NotFoundError, trendOf, type Kpi, type SourceDocument } from '@luton2040/sdk';
import { requiredAttribute, type WidgetSpec } from '../../widget/widget-spec.js';
import { kpiEn } from './kpi.en.js';
import type { KpiStrings } from './kpi.strings.js';
import { kpiView, type KpiView } from './kpi.view.js';

/** What the tile reads for `kpi` and `compare`. */
export interface KpiQuery {
  id: string;
  compare?: string | undefined;
}

/** What the tile draws from: the KPI, the document its latest figure is cited from, and the compared area's name. */
export interface KpiData {
  kpi: Kpi;
  document?: SourceDocument;
  compareName?: string;
  /** Set when the feed could not be reached and the last good copy is shown. */
  staleSince?: number;
  sample: boolean;
}

/** `<luton-kpi>`: one strategy measure as a tile. */
export const kpiSpec: WidgetSpec<KpiQuery, KpiData, KpiView, KpiStrings> = {
  tag: 'luton-kpi',
  words: kpiEn,
  query: (attributes) => ({ id: requiredAttribute(attributes, 'luton-kpi', 'kpi'), compare: attributes.compare }),
  async load(client, { id, compare }, signal) {
    const [read, documents, areas] = await Promise.all([
      client.read('kpis', { signal }),
      // Document titles and area names only label the figure: without them the tile still shows it.
      client.documents.list({ signal }).catch(() => []),
      compare ? client.areas.list({ signal }).catch(() => []) : Promise.resolve([]),
    ]);
    const kpi = read.data.find((k) => k.id === id);
    if (!kpi) throw new NotFoundError('kpis', id);
    const document = documents.find((d) => d.id === trendOf(kpi).latest?.citation.doc);
    const compareName = areas.find((a) => a.id === compare)?.name;
    return {
      kpi,
      sample: read.sample,
      ...(document ? { document } : {}),
      ...(compareName ? { compareName } : {}),
      ...(read.stale && read.error ? { staleSince: read.fetchedAt } : {}),
    };
  },
  loadDetail: ({ kpi }) => ({ resource: 'kpis', id: kpi.id }),
  view: kpiView,
};
