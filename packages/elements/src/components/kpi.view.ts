import { describePeriod, formatValue, headlineSeries, trendOf, type Kpi, type Observation, type Trend } from '@luton2040/sdk';
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
  sinceLast?: Change;
  sinceBaseline?: Change;
  gap?: Gap;
  /** Points of the sparkline, oldest first (Luton's series). */
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

function change(kpi: Kpi, latest: Observation, from: Observation | undefined): Change | undefined {
  if (!from || from === latest) return undefined;
  const difference = latest.value - from.value;
  const word = difference > 0 ? 'up' : difference < 0 ? 'down' : 'unchanged';
  const since = `since ${describePeriod(from.period)}`;
  return { from, text: difference === 0 ? `${word} ${since}` : `${word} ${differenceText(kpi, difference)} ${since}` };
}

export function describeKpi(kpi: Kpi, options: { compare?: string | undefined; compareName?: string | undefined; baseline?: string | undefined } = {}): KpiDescription {
  const trend = trendOf(kpi);
  const series = headlineSeries(kpi);
  const latest = trend.latest;
  if (!latest) return { trend, series, sentence: `${kpi.title}: ${en.noData(kpi.title)}` };

  const value = formatValue(latest.value, kpi.unit, latest.status);
  const period = describePeriod(latest.period);
  const baselineFigure = options.baseline ? series.find((o) => o.period === options.baseline) : series[0];
  const description: KpiDescription = { trend, latest, value, period, series, sentence: '' };
  const sinceLast = change(kpi, latest, trend.previous);
  if (sinceLast) description.sinceLast = sinceLast;
  const sinceBaseline = baselineFigure !== trend.previous ? change(kpi, latest, baselineFigure) : undefined;
  if (sinceBaseline) description.sinceBaseline = sinceBaseline;
  if (options.compare) description.gap = gapTo(kpi, latest, options.compare, options.compareName ?? options.compare);

  const movement =
    trend.previous && trend.movement !== 'unknown'
      ? `, ${en.movedFrom(trend.movement, formatValue(trend.previous.value, kpi.unit, trend.previous.status), describePeriod(trend.previous.period))}`
      : '';
  description.sentence = `${kpi.title} ${value} ${en.inPeriod(period)}${movement}: ${en.trend[trend.meaning].toLowerCase()}.${
    description.gap ? ` ${capitalise(description.gap.text)}.` : ''
  }`;
  return description;
}

function gapTo(kpi: Kpi, latest: Observation, area: string, name: string): Gap {
  const theirs = kpi.comparators.find((c) => c.area === area)?.observations.find((o) => o.period === latest.period);
  if (!theirs) return { area, text: `no ${name} figure for ${describePeriod(latest.period)}` };
  const difference = latest.value - theirs.value;
  const theirValue = formatValue(theirs.value, kpi.unit, theirs.status);
  if (difference === 0) return { area, text: `same as ${name} (${theirValue})` };
  return { area, text: `${differenceText(kpi, difference)} ${difference > 0 ? 'above' : 'below'} ${name} (${theirValue})` };
}

const capitalise = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);
