import { compareAreas, NotFoundError, type Comparison, type Kpi, type SourceDocument } from '@luton2040/sdk';
import { staleSince } from '../../widget/stale.js';
import { requiredAttribute, type WidgetSpec } from '../../widget/widget-spec.js';
import { comparatorBarsEn } from './comparator-bars.en.js';
import type { ComparatorBarsStrings } from './comparator-bars.strings.js';
import { comparatorBarsView, type ComparatorBarsView } from './comparator-bars.view.js';

/** What the widget reads for `kpi`, `areas` and `reference`. */
export interface ComparatorBarsQuery {
  id: string;
  /** Area ids separated by spaces or commas; all areas with figures when absent. */
  areas?: string | undefined;
  reference: string;
}

/** What the widget draws from: the KPI, its comparison, and the document Luton's figure is cited from. */
export interface ComparatorBarsData {
  kpi: Kpi;
  comparison: Comparison;
  document?: SourceDocument;
  /** Set when the feed could not be reached and the last good copy is shown. */
  staleSince?: number;
}

/** `<luton-comparator-bars>`: Luton against comparator areas for one KPI. */
export const comparatorBarsSpec: WidgetSpec<ComparatorBarsQuery, ComparatorBarsData, ComparatorBarsView, ComparatorBarsStrings> = {
  tag: 'luton-comparator-bars',
  words: comparatorBarsEn,
  query: (attributes) => ({
    id: requiredAttribute(attributes, 'luton-comparator-bars', 'kpi'),
    areas: attributes.areas,
    reference: attributes.reference || 'england',
  }),
  async load(client, { id, areas, reference }, signal) {
    const [kpis, areaRead, documents] = await Promise.all([
      client.read('kpis', { signal }),
      client.read('areas', { signal }),
      client.documents.list({ signal }).catch(() => []),
    ]);
    const kpi = kpis.data.find((k) => k.id === id);
    if (!kpi) throw new NotFoundError('kpis', id);
    const allAreas = areaRead.data;
    const wanted = areas?.split(/[\s,]+/).filter(Boolean);
    const comparison = compareAreas(kpi, allAreas, { reference, ...(wanted?.length ? { areas: wanted } : {}) });
    const cited = comparison.rows.find((r) => r.role === 'luton')?.citation.doc;
    const document = documents.find((d) => d.id === cited);
    const since = staleSince(kpis, areaRead);
    return { kpi, comparison, ...(document ? { document } : {}), ...(since === undefined ? {} : { staleSince: since }) };
  },
  loadDetail: ({ kpi }) => ({ resource: 'kpis', id: kpi.id }),
  view: comparatorBarsView,
};
