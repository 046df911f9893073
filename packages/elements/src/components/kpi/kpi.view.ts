import {
  baselineOf,
  changeBetween,
  comparableSeries,
  documentLine,
  figureIn,
  gapBetween,
  periodIn,
  periodLabelIn,
  periodPhraseIn,
  trendOf,
  type Kpi,
  type Movement,
  type NotComparableReason,
  type Observation,
  type SourceDocument,
  type TrendMeaning,
} from '@luton2040/sdk';
import type { Attributes } from '../../widget/widget-spec.js';
import { kpiEn } from './kpi.en.js';
import type { KpiData } from './kpi.spec.js';
import type { KpiStrings } from './kpi.strings.js';

/** Everything a KPI tile says, worked out from the data without touching the DOM: the tile and its email copy lay it out. */
export interface KpiView {
  title: string;
  /** Said instead of a figure when the measure has none yet. */
  noData?: string;
  /** The latest figure: its number, as written ("4%", "about 10%"), and when it is from ("in 2020", "reported in 2022"). */
  figure?: { value: number; text: string; period: string };
  /** Marks on the figure: provisional, estimate, sample data, out of date. */
  flags: string[];
  /** The movement's arrow and what it means, given which way is success. */
  trend: { meaning: TrendMeaning; arrow: string; text: string };
  /**
   * "down 4 points since 2016", "0.6 points above England (3.9%)": since the last period (or the
   * earlier figure and why it makes no trend), since the baseline, and the gap to the compared area.
   */
  changes: string[];
  /** Points of the sparkline, oldest first: the latest figure and the earlier ones comparable with it. */
  series: Observation[];
  /** One sentence for screen readers with the figure, movement, meaning, gap and flags. */
  sentence: string;
  /** "Source: …": the document the figure is cited from first, then the KPI's planned source. */
  source?: string;
  /** `variant="full"` (the default): changes, sparkline and source are shown. */
  detailed: boolean;
}

const arrows: Record<Movement, string> = { up: '▲', down: '▼', flat: '▶', unknown: '–' };

/** Percentages change by points, not by per cent: "down 4 points". */
function differenceText(kpi: Kpi, difference: number, words: KpiStrings): string {
  const size = Math.abs(difference);
  if (kpi.unit === 'percent') return words.points(new Intl.NumberFormat(words.locale, { maximumFractionDigits: 1 }).format(size), size);
  return figureIn(size, kpi.unit, undefined, words);
}

const figureOf = (kpi: Kpi, o: Observation, words: KpiStrings) => figureIn(o.value, kpi.unit, o.status, words);

/** The change since an earlier figure; none between figures that cannot be compared. */
function change(kpi: Kpi, latest: Observation, from: Observation | undefined, words: KpiStrings): string | undefined {
  if (!from || from === latest) return undefined;
  const step = changeBetween(from, latest);
  if (!step.comparable) return undefined;
  return words.change(step.change > 0 ? 'up' : step.change < 0 ? 'down' : 'unchanged', differenceText(kpi, step.change, words), periodIn(from.period, words));
}

/** The earlier figure, with why it makes no trend with the latest. */
const notComparable = (kpi: Kpi, previous: Observation, reason: NotComparableReason, words: KpiStrings) =>
  words.notComparable(figureOf(kpi, previous, words), periodPhraseIn(previous, words), words.whyNotComparable[reason]);

function gapTo(kpi: Kpi, latest: Observation, area: string, name: string, words: KpiStrings): string {
  const gap = gapBetween(kpi, latest, area);
  if (!gap.comparable) {
    // An approximate figure beside theirs: both shown, no gap in points.
    if (gap.theirs) return words.theirFigure(name, figureOf(kpi, gap.theirs, words), periodPhraseIn(gap.theirs, words));
    return gap.reason === 'no-figure' ? words.noFigure(name) : words.noComparableFigure(name, periodPhraseIn(latest, words));
  }
  const theirValue = figureOf(kpi, gap.theirs, words);
  if (gap.difference === 0) return words.sameAs(name, theirValue);
  return words.gap(differenceText(kpi, gap.difference, words), gap.difference > 0 ? 'above' : 'below', name, theirValue);
}

/** The document and section a figure is cited to (the data's own words), then the KPI's planned source, said as planned. */
function sourceLine(kpi: Kpi, latest: Observation, document: SourceDocument | undefined, words: KpiStrings): string {
  // The spec loads the document the latest figure is cited to, if the feed lists it.
  const cited = `${document ? documentLine(document) : latest.citation.doc}, ${latest.citation.section}`;
  return kpi.source ? `${cited}; ${words.plannedSource.toLowerCase()}: ${kpi.source}` : cited;
}

/** What `<luton-kpi>` says about its data, for its attributes (`compare`, `baseline`, `variant`). */
export function kpiView({ kpi, document, compareName, staleSince, sample }: KpiData, attributes: Attributes, words: KpiStrings = kpiEn): KpiView {
  const trend = trendOf(kpi);
  const latest = trend.latest;
  const meaning = words.trend[trend.meaning];
  const flags = [
    latest?.status === 'provisional' ? words.provisional : '',
    latest?.status === 'estimate' ? words.estimate : '',
    sample ? words.sampleData.toLowerCase() : '',
    staleSince ? words.stale(new Date(staleSince).toLocaleDateString(words.locale, { day: 'numeric', month: 'short', year: 'numeric' })) : '',
  ].filter(Boolean);
  const common = {
    title: kpi.title,
    flags,
    trend: { meaning: trend.meaning, arrow: arrows[trend.movement], text: meaning },
    series: comparableSeries(kpi),
    detailed: attributes.variant !== 'compact',
  };
  if (!latest) {
    // No figure came from anywhere yet: the KPI's source is only where one is planned to come from.
    const noData = words.noData(kpi.title);
    return { ...common, noData, changes: [], sentence: noData, ...(kpi.source ? { source: `${words.plannedSource}: ${kpi.source}` } : {}) };
  }

  const value = figureOf(kpi, latest, words);
  const when = periodPhraseIn(latest, words);
  const previous = trend.previous;
  // Figures that cannot make a trend are both shown, with why: never a change between them.
  const sinceLast = trend.reason && previous ? notComparable(kpi, previous, trend.reason, words) : change(kpi, latest, previous, words);
  const baseline = baselineOf(kpi, attributes.baseline);
  const gap = attributes.compare ? gapTo(kpi, latest, attributes.compare, compareName ?? attributes.compare, words) : undefined;
  const movement = previous && trend.movement !== 'unknown' ? words.movedFrom(trend.movement, figureOf(kpi, previous, words), periodIn(previous.period, words)) : undefined;
  return {
    ...common,
    figure: { value: latest.value, text: value, period: when },
    changes: [sinceLast, baseline !== previous ? change(kpi, latest, baseline, words) : undefined, gap].filter((line): line is string => Boolean(line)),
    sentence: words.sentence({ title: kpi.title, value, when, movement, meaning, notComparable: trend.reason ? sinceLast : undefined, gap, flags }),
    source: `${words.source}: ${sourceLine(kpi, latest, document, words)}`,
  };
}

/**
 * Every figure of the KPI's series in words, for a picture of the sparkline (an email's alt text).
 * Apart from `kpiView`, so that the tile, which draws the line itself, does not carry it.
 */
export function kpiSeriesAlt({ kpi }: KpiData, words: KpiStrings = kpiEn): string {
  return words.seriesAlt(kpi.title, comparableSeries(kpi).map((o) => `${periodLabelIn(o, words)} ${figureOf(kpi, o, words)}`));
}
