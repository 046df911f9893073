import {
  baselineOf,
  changeBetween,
  comparableSeries,
  describePeriod,
  formatValue,
  gapBetween,
  notComparableWords,
  periodPhrase,
  trendOf,
  type Kpi,
  type Observation,
  type Trend,
} from '@luton2040/sdk';
import { en } from '../i18n/en.js';

/** A change between two figures of a KPI, ready to show. */
export interface Change {
  from: Observation;
  /** e.g. "down 4 points since 2016" */
  text: string;
}

/** The gap between Luton and a comparator area for the same period. */
export interface Gap {
  area: string;
  /** e.g. "0.6 points above England (3.9%)" or "no England figure for 2020" */
  text: string;
}

/** Everything a KPI tile says, worked out from the data without touching the DOM. */
export interface KpiDescription {
  trend: Trend;
  latest?: Observation;
  value?: string;
  period?: string;
  /** When the latest figure is from: "in 2020", or "reported in 2022" for a figure its document does not date. */
  when?: string;
  sinceLast?: Change;
  sinceBaseline?: Change;
  gap?: Gap;
  /** Points of the sparkline, oldest first: the latest figure and the earlier ones comparable with it. */
  series: Observation[];
  /** One sentence for screen readers, e.g. "NEET rate 4% in 2020, down from 8% in 2016: improving." */
  sentence: string;
}

/** Percentages change by points, not by per cent: "down 4 points". */
function differenceText(kpi: Kpi, difference: number): string {
  const size = Math.abs(difference);
  if (kpi.unit === 'percent') return `${new Intl.NumberFormat('en-GB', { maximumFractionDigits: 1 }).format(size)} ${size === 1 ? 'point' : 'points'}`;
  return formatValue(size, kpi.unit);
}

/** The change since an earlier figure; none between figures that cannot be compared. */
function change(kpi: Kpi, latest: Observation, from: Observation | undefined): Change | undefined {
  if (!from || from === latest) return undefined;
  const step = changeBetween(from, latest);
  if (!step.comparable) return undefined;
  const difference = step.change;
  const word = difference > 0 ? 'up' : difference < 0 ? 'down' : 'unchanged';
  const since = `since ${describePeriod(from.period)}`;
  return { from, text: difference === 0 ? `${word} ${since}` : `${word} ${differenceText(kpi, difference)} ${since}` };
}

export function describeKpi(kpi: Kpi, options: { compare?: string | undefined; compareName?: string | undefined; baseline?: string | undefined } = {}): KpiDescription {
  const trend = trendOf(kpi);
  const series = comparableSeries(kpi);
  const latest = trend.latest;
  if (!latest) return { trend, series, sentence: `${kpi.title}: ${en.noData(kpi.title)}` };

  const value = formatValue(latest.value, kpi.unit, latest.status);
  const period = describePeriod(latest.period);
  const when = periodPhrase(latest);
  const baselineFigure = baselineOf(kpi, options.baseline);
  const description: KpiDescription = { trend, latest, value, period, when, series, sentence: '' };
  // Figures that cannot make a trend are both shown, with why: never a change between them.
  const sinceLast = trend.reason && trend.previous ? notComparable(kpi, trend.previous, trend.reason) : change(kpi, latest, trend.previous);
  if (sinceLast) description.sinceLast = sinceLast;
  const sinceBaseline = baselineFigure !== trend.previous ? change(kpi, latest, baselineFigure) : undefined;
  if (sinceBaseline) description.sinceBaseline = sinceBaseline;
  if (options.compare) description.gap = gapTo(kpi, latest, options.compare, options.compareName ?? options.compare);

  const movement =
    trend.previous && trend.movement !== 'unknown'
      ? `, ${en.movedFrom(trend.movement, formatValue(trend.previous.value, kpi.unit, trend.previous.status), describePeriod(trend.previous.period))}`
      : '';
  description.sentence = `${kpi.title} ${value} ${when}${movement}: ${en.trend[trend.meaning].toLowerCase()}.${
    trend.reason && description.sinceLast ? ` ${capitalise(description.sinceLast.text)}` : ''
  }${description.gap ? ` ${capitalise(description.gap.text)}.` : ''}`;
  return description;
}

/** The earlier figure, with why it makes no trend with the latest: "12.9% reported in 2019: these figures…". */
function notComparable(kpi: Kpi, previous: Observation, reason: keyof typeof notComparableWords): Change {
  const words = notComparableWords[reason];
  return { from: previous, text: `${formatValue(previous.value, kpi.unit, previous.status)} ${periodPhrase(previous)}: ${words.charAt(0).toLowerCase()}${words.slice(1)}` };
}

function gapTo(kpi: Kpi, latest: Observation, area: string, name: string): Gap {
  const gap = gapBetween(kpi, latest, area);
  if (!gap.comparable) {
    // An approximate figure beside theirs: both shown, no gap in points.
    if (gap.theirs) return { area, text: `${name}: ${formatValue(gap.theirs.value, kpi.unit, gap.theirs.status)} ${periodPhrase(gap.theirs)}` };
    return { area, text: gap.reason === 'no-figure' ? `no ${name} figure` : `no ${name} figure comparable with Luton's ${periodPhrase(latest)}` };
  }
  const theirValue = formatValue(gap.theirs.value, kpi.unit, gap.theirs.status);
  if (gap.difference === 0) return { area, text: `same as ${name} (${theirValue})` };
  return { area, text: `${differenceText(kpi, gap.difference)} ${gap.difference > 0 ? 'above' : 'below'} ${name} (${theirValue})` };
}

const capitalise = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);
