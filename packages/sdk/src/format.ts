import type { Observation, Unit } from '@luton2040/schema';

const ordinalSuffix: Record<string, string> = { one: 'st', two: 'nd', few: 'rd', other: 'th' };

/**
 * A value as people in Luton read it (en-GB by default): `4%`, `£61,000`, `0.78`, `59th`, `41p`.
 * Approximate figures get "about" so that a rounded figure never passes for an exact one.
 */
export function formatValue(value: number, unit: Unit, status?: Observation['status'], locale = 'en-GB'): string {
  const number = (options: Intl.NumberFormatOptions) => new Intl.NumberFormat(locale, options).format(value);
  let text: string;
  switch (unit) {
    case 'percent':
      // A share under one per cent keeps its second decimal, as documents give it ("0.26% per head").
      text = `${number({ maximumFractionDigits: value !== 0 && Math.abs(value) < 1 ? 2 : 1 })}%`;
      break;
    case 'gbp':
      text = number({ style: 'currency', currency: 'GBP', maximumFractionDigits: value >= 1000 ? 0 : 2 });
      break;
    case 'gbp-per-hour':
      text = `${number({ style: 'currency', currency: 'GBP', maximumFractionDigits: 2 })} an hour`;
      break;
    case 'pence':
      text = `${number({ maximumFractionDigits: 1 })}p`;
      break;
    case 'rank': {
      const rule = new Intl.PluralRules('en-GB', { type: 'ordinal' }).select(value);
      text = `${number({ maximumFractionDigits: 0 })}${ordinalSuffix[rule] ?? 'th'}`;
      break;
    }
    case 'kt-co2e':
      text = `${number({ maximumFractionDigits: 0 })} kt CO₂e`;
      break;
    case 'ratio':
      text = number({ minimumFractionDigits: 2, maximumFractionDigits: 2 });
      break;
    default:
      text = number({ maximumFractionDigits: 1 });
  }
  return status === 'approximate' ? `about ${text}` : text;
}

/**
 * A figure's period as a table cell says it: "2020", "August 2022", or "reported in 2022" for a
 * figure its document gives no period for (its `period` is the year the document was published,
 * not the period measured).
 */
export function periodLabel(observation: Pick<Observation, 'period' | 'periodPrecision'>): string {
  return observation.periodPrecision === 'publication-year' ? `reported in ${observation.period}` : describePeriod(observation.period);
}

/** When a figure is from, as a sentence says it: "in 2020", "in August 2022", "reported in 2022". */
export function periodPhrase(observation: Pick<Observation, 'period' | 'periodPrecision'>): string {
  return observation.periodPrecision === 'publication-year' ? periodLabel(observation) : `in ${periodLabel(observation)}`;
}

/** A period as a reader says it: `2022-08` → "August 2022", `2022-Q3` → "2022 Q3". */
export function describePeriod(period: string): string {
  const academic = /^(\d{4})\/(\d{2})$/.exec(period);
  if (academic) return `${academic[1]}/${academic[2]}`;
  const month = /^(\d{4})-(\d{2})$/.exec(period);
  if (month) return new Date(Date.UTC(Number(month[1]), Number(month[2]) - 1, 1)).toLocaleDateString('en-GB', { month: 'long', year: 'numeric', timeZone: 'UTC' });
  return period.replace('-Q', ' Q');
}
