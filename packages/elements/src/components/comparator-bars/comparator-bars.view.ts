import { figureIn, periodLabelIn, periodPhraseIn, type ComparisonRole, type ComparisonRow } from '@luton2040/sdk';
import { staleText } from '../../widget/stale.js';
import type { Attributes } from '../../widget/widget-spec.js';
import { comparatorBarsEn } from './comparator-bars.en.js';
import type { ComparatorBarsData } from './comparator-bars.spec.js';
import type { ComparatorBarsStrings } from './comparator-bars.strings.js';

/** One area's bar: its label, its figure and how long the bar is. */
export interface BarView {
  name: string;
  label: string;
  role: ComparisonRole;
  /** The bar's length as a share of the track (the longest bar is 80%, leaving room for its label). */
  share: string;
  period: string;
}

/** Everything the comparison says, worked out from the data without touching the DOM. */
export interface ComparatorBarsView {
  title: string;
  /** Said instead of the comparison when there is nothing to compare. */
  noData?: string;
  /** The areas with no figure for the period. */
  missing?: string;
  caption: string;
  summary: string;
  /** A rank is a position, not an amount: a longer bar would mean nothing, so ranks show as a table. */
  asTable: boolean;
  bars: BarView[];
  /** The rows to draw as a chart; absent when the figures show as a table or there is nothing to compare. */
  chartRows?: ComparisonRow[];
  table: { toggle: string; area: string; value: string; period: string };
  /** "Source: …". */
  source?: string;
  /** Every area's figure in words, for a picture of the chart. */
  chartAlt: string;
  /** "out of date: …" when the figures are the last good copy of a feed that cannot be reached. */
  stale?: string;
}

/** What `<luton-comparator-bars>` says about its data. */
export function comparatorBarsView({ kpi, comparison, document, staleSince }: ComparatorBarsData, _attributes: Attributes, words: ComparatorBarsStrings = comparatorBarsEn): ComparatorBarsView {
  const { missing, period, periodPrecision } = comparison;
  // Each figure in the reader's language: the SDK's labels are in English.
  const rows = comparison.rows.map((r) => ({ ...r, label: figureIn(r.value, kpi.unit, r.status, words) }));
  const when = period ? periodLabelIn({ period, ...(periodPrecision ? { periodPrecision } : {}) }, words) : '';
  const max = Math.max(...rows.map((r) => r.value), 0) || 1;
  // Where the figures came from first; the KPI's planned source only as planned.
  const cited = [document ? `${document.title} (${document.published})` : undefined, kpi.source ? words.plannedSource(kpi.source) : undefined].filter(Boolean).join('; ');
  const luton = rows.find((r) => r.role === 'luton');
  const others = rows.filter((r) => r !== luton);
  const named = (r: ComparisonRow) => words.area(r.name, r.label);
  const asTable = kpi.unit === 'rank';
  const stale = staleText(staleSince, words);
  const view: ComparatorBarsView = {
    title: kpi.title,
    caption: words.caption(kpi.title, when),
    summary: luton
      ? words.summary(
          words.lutonFigure(luton.label, periodPhraseIn(luton, words)),
          others.filter((r) => luton.value > r.value).map(named),
          others.filter((r) => luton.value < r.value).map(named),
          others.filter((r) => luton.value === r.value).map(named),
        )
      : '',
    asTable,
    bars: rows.map((r) => ({ name: r.name, label: r.label, role: r.role, share: `${Math.max(0, (r.value / max) * 80)}%`, period: periodLabelIn(r, words) })),
    table: { toggle: words.showTable, area: words.tableArea, value: words.tableValue, period: words.tablePeriod },
    chartAlt: words.chartAlt(kpi.title, when, rows.map((r) => `${r.name} ${r.label}`)),
    ...(cited ? { source: `${words.source}: ${cited}` } : {}),
    ...(stale ? { stale } : {}),
    ...(period && missing.length ? { missing: words.noFigureFor(when, missing.map((m) => m.name)) } : {}),
  };
  if (!period || rows.length === 0) return { ...view, noData: words.noComparison(kpi.title), missing: undefined };
  const [only] = rows;
  if (rows.length === 1 && only) {
    const alone = missing.length ? { missing: words.noFigureFor(periodLabelIn(only, words), missing.map((m) => m.name)) } : {};
    return { ...view, noData: words.noComparator(only.label, periodPhraseIn(only, words)), ...alone };
  }
  return asTable ? view : { ...view, chartRows: rows };
}
