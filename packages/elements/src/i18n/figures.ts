import type { Observation, Unit } from '@luton2040/sdk';
import type { CommonStrings } from './common.strings.js';

/*
 * The SDK's formatValue / describePeriod / periodLabel / periodPhrase, in the catalogue's language:
 * the number through Intl in its locale (Bengali digits in `bn`, "4,5%" in Polish), the words
 * around it from the catalogue. In en-GB they give exactly what the SDK gives.
 */

const numberIn = (locale: string, value: number, options: Intl.NumberFormatOptions) => new Intl.NumberFormat(locale, options).format(value);

/** A figure as the reader's language writes it: "4%", "4,5%", "£61,000", "about 10%", "59th". */
export function figureText(value: number, unit: Unit, status: Observation['status'] | undefined, words: CommonStrings): string {
  const { locale, figure } = words;
  const number = (options: Intl.NumberFormatOptions) => numberIn(locale, value, options);
  let text: string;
  switch (unit) {
    case 'percent':
      // Intl puts the sign where the language does ("4 %" in Romanian); under 1% keeps two decimals, as documents give it.
      text = numberIn(locale, value / 100, { style: 'percent', maximumFractionDigits: value !== 0 && Math.abs(value) < 1 ? 2 : 1 });
      break;
    case 'gbp':
      text = number({ style: 'currency', currency: 'GBP', maximumFractionDigits: value >= 1000 ? 0 : 2 });
      break;
    case 'gbp-per-hour':
      text = figure.perHour(number({ style: 'currency', currency: 'GBP', maximumFractionDigits: 2 }));
      break;
    case 'pence':
      text = figure.pence(number({ maximumFractionDigits: 1 }));
      break;
    case 'rank':
      text = figure.ordinal(value, number({ maximumFractionDigits: 0 }));
      break;
    case 'kt-co2e':
      text = figure.kilotonnes(number({ maximumFractionDigits: 0 }));
      break;
    case 'ratio':
      text = number({ minimumFractionDigits: 2, maximumFractionDigits: 2 });
      break;
    default:
      text = number({ maximumFractionDigits: 1 });
  }
  return status === 'approximate' ? figure.about(text) : text;
}

/** A year in the language's digits, without grouping: "2020", "২০২০". */
const yearText = (year: string | number, locale: string) => numberIn(locale, Number(year), { useGrouping: false });

/** A period as a reader says it: `2022-08` → "August 2022" / "sierpień 2022", `2022-Q3` → "2022 Q3", `2019/20`. */
export function periodText(period: string, words: CommonStrings): string {
  const { locale } = words;
  if (/^\d{4}$/.test(period)) return yearText(period, locale);
  const academic = /^(\d{4})\/(\d{2})$/.exec(period);
  if (academic) return `${yearText(academic[1]!, locale)}/${numberIn(locale, Number(academic[2]), { minimumIntegerDigits: 2 })}`;
  const month = /^(\d{4})-(\d{2})$/.exec(period);
  if (month) return new Date(Date.UTC(Number(month[1]), Number(month[2]) - 1, 1)).toLocaleDateString(locale, { month: 'long', year: 'numeric', timeZone: 'UTC' });
  return period.replace(/^(\d{4})-Q([1-4])$/, (_, year: string, quarter: string) => words.figure.quarter(yearText(year, locale), numberIn(locale, Number(quarter), {})));
}

type Dated = Pick<Observation, 'period' | 'periodPrecision'>;

/** A figure's period as a table cell says it: "2020", or "reported in 2022" for a figure dated only by its document. */
export function periodLabelIn(observation: Dated, words: CommonStrings): string {
  return observation.periodPrecision === 'publication-year' ? words.figure.reportedIn(periodText(observation.period, words)) : periodText(observation.period, words);
}

/** When a figure is from, as a sentence says it: "in 2020", "reported in 2022". */
export function periodPhraseIn(observation: Dated, words: CommonStrings): string {
  return observation.periodPrecision === 'publication-year' ? periodLabelIn(observation, words) : words.figure.inPeriod(periodText(observation.period, words));
}
