import { describePeriod, formatValue, headlineSeries, trendOf, type Kpi, type Movement, type Observation, type TrendMeaning } from '@luton2040/sdk';
import type { Attributes } from '../../widget/widget-spec.js';
import { kpiEn } from './kpi.en.js';
import type { KpiData } from './kpi.spec.js';
import type { KpiStrings } from './kpi.strings.js';

/** Everything a KPI tile says, worked out from the data without touching the DOM: the tile and its email copy lay it out. */
export interface KpiView {
  title: string;
  /** Said instead of a figure when the measure has none yet. */
  noData?: string;
  /** The latest figure: its number, as written ("4%", "about 10%"), and its period ("in 2020"). */
  figure?: { value: number; text: string; period: string };
  /** Marks on the figure: provisional, estimate, sample data, out of date. */
  flags: string[];
  /** The movement's arrow and what it means, given which way is success. */
  trend: { meaning: TrendMeaning; arrow: string; text: string };
  /** "down 4 points since 2016", "0.6 points above England (3.9%)": since last period, since the baseline, gap to the compared area. */
  changes: string[];
  /** Points of the sparkline, oldest first (Luton's headline series). */
  series: Observation[];
  /** One sentence for screen readers with the figure, movement, meaning, gap and flags. */
  sentence: string;
  /** "Source: …": the data source and the document the figure is cited from. */
  source?: string;
  /** `variant="full"` (the default): changes, sparkline and source are shown. */
  detailed: boolean;
}

const arrows: Record<Movement, string> = { up: '▲', down: '▼', flat: '▶', unknown: '–' };

/** Percentages change by points, not by per cent: "down 4 points". */
function differenceText(kpi: Kpi, difference: number, words: KpiStrings): string {
  const size = Math.abs(difference);
  if (kpi.unit === 'percent') return words.points(new Intl.NumberFormat(words.locale, { maximumFractionDigits: 1 }).format(size), size);
  return formatValue(size, kpi.unit, undefined, words.locale);
}

function change(kpi: Kpi, latest: Observation, from: Observation | undefined, words: KpiStrings): string | undefined {
  if (!from || from === latest) return undefined;
  const difference = latest.value - from.value;
  return words.change(difference > 0 ? 'up' : difference < 0 ? 'down' : 'unchanged', differenceText(kpi, difference, words), describePeriod(from.period));
}

function gapTo(kpi: Kpi, latest: Observation, area: string, name: string, words: KpiStrings): string {
  const theirs = kpi.comparators.find((c) => c.area === area)?.observations.find((o) => o.period === latest.period);
  if (!theirs) return words.noFigureFor(name, describePeriod(latest.period));
  const difference = latest.value - theirs.value;
  const theirValue = formatValue(theirs.value, kpi.unit, theirs.status, words.locale);
  if (difference === 0) return words.sameAs(name, theirValue);
  return words.gap(differenceText(kpi, difference, words), difference > 0 ? 'above' : 'below', name, theirValue);
}

/** What `<luton-kpi>` says about its data, for its attributes (`compare`, `baseline`, `variant`). */
export function kpiView({ kpi, document, compareName, staleSince, sample }: KpiData, attributes: Attributes, words: KpiStrings = kpiEn): KpiView {
  const trend = trendOf(kpi);
  const series = headlineSeries(kpi);
  const latest = trend.latest;
  const meaning = words.trend[trend.meaning];
  const cited = [kpi.source, document ? `${document.title} (${document.published})` : latest?.citation.doc].filter(Boolean).join('; ');
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
    series,
    detailed: attributes.variant !== 'compact',
    ...(cited ? { source: `${words.source}: ${cited}` } : {}),
  };
  if (!latest) return { ...common, noData: words.noData(kpi.title), changes: [], sentence: words.noData(kpi.title) };

  const value = formatValue(latest.value, kpi.unit, latest.status, words.locale);
  const period = describePeriod(latest.period);
  const baseline = attributes.baseline ? series.find((o) => o.period === attributes.baseline) : series[0];
  const gap = attributes.compare ? gapTo(kpi, latest, attributes.compare, compareName ?? attributes.compare, words) : undefined;
  const changes = [
    change(kpi, latest, trend.previous, words),
    baseline !== trend.previous ? change(kpi, latest, baseline, words) : undefined,
    gap,
  ].filter((line): line is string => Boolean(line));
  const previous = trend.previous;
  const movement =
    previous && trend.movement !== 'unknown'
      ? words.movedFrom(trend.movement, formatValue(previous.value, kpi.unit, previous.status, words.locale), describePeriod(previous.period))
      : undefined;
  return {
    ...common,
    figure: { value: latest.value, text: value, period: words.inPeriod(period) },
    changes,
    sentence: words.sentence({ title: kpi.title, value, period, movement, meaning, gap, flags }),
  };
}

/**
 * Every figure of the KPI's series in words, for a picture of the sparkline (an email's alt text).
 * Apart from `kpiView`, so that the tile, which draws the line itself, does not carry it.
 */
export function kpiSeriesAlt({ kpi }: KpiData, words: KpiStrings = kpiEn): string {
  return words.seriesAlt(kpi.title, headlineSeries(kpi).map((o) => `${describePeriod(o.period)} ${formatValue(o.value, kpi.unit, o.status, words.locale)}`));
}
