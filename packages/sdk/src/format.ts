import type { Observation, Unit } from '@luton2040/schema';

/** The words around a figure's number and its period, which differ by language as much as the number itself. */
export interface FigureWords {
  /** An approximate figure: "about 10%". */
  about(figure: string): string;
  /** An hourly rate: "£12.60 an hour". */
  perHour(money: string): string;
  /** Pence: "41p". */
  pence(number: string): string;
  /** A rank: "59th". `rank` is the number, `number` as this language writes it. */
  ordinal(rank: number, number: string): string;
  /** Kilotonnes of CO₂ equivalent: "1,017 kt CO₂e". */
  kilotonnes(number: string): string;
  /** When a dated figure is from, in a sentence: "in 2020", "in August 2022". */
  inPeriod(period: string): string;
  /** A figure dated only by its document's publication: "reported in 2022". */
  reportedIn(year: string): string;
  /** A quarter: "2022 Q3". */
  quarter(year: string, quarter: string): string;
}

/** A language to write figures in: the BCP 47 tag Intl formats numbers and dates for, and the words around them. */
export interface FigureLanguage {
  locale: string;
  figure: FigureWords;
}

const ordinalSuffix: Record<string, string> = { one: 'st', two: 'nd', few: 'rd' };

/** English (en-GB), the language the SDK's own labels are in and every translation falls back to. */
export const englishFigures: FigureLanguage = {
  locale: 'en-GB',
  figure: {
    about: (figure) => `about ${figure}`,
    perHour: (money) => `${money} an hour`,
    pence: (number) => `${number}p`,
    ordinal: (rank, number) => `${number}${ordinalSuffix[new Intl.PluralRules('en-GB', { type: 'ordinal' }).select(rank)] ?? 'th'}`,
    kilotonnes: (number) => `${number} kt CO₂e`,
    inPeriod: (period) => `in ${period}`,
    reportedIn: (year) => `reported in ${year}`,
    quarter: (year, quarter) => `${year} Q${quarter}`,
  },
};

const numberIn = (locale: string, value: number | string, options: Intl.NumberFormatOptions) =>
  // Intl takes a decimal string as the exact decimal it spells (ES2023); lib ES2022's signature does not say so.
  new Intl.NumberFormat(locale, options).format(value as number);

/**
 * A percentage as the exact decimal fraction Intl's percent style wants: 1.45 → "1.45e-2". Dividing by
 * 100 instead would round 1.45 to 1.4% (1.45 / 100 is 0.014499… in binary), where documents say 1.5%.
 */
const hundredthsOf = (value: number): string => {
  const [digits, exponent = '0'] = String(value).split('e');
  return `${digits}e${Number(exponent) - 2}`;
};

/**
 * A figure as the language writes it: "4%", "4,5 %" in Romanian, "£61,000", "about 10%", "59th".
 * Approximate figures get "about" so that a rounded figure never passes for an exact one.
 */
export function figureIn(value: number, unit: Unit, status: Observation['status'] | undefined, language: FigureLanguage): string {
  const { locale, figure } = language;
  const number = (options: Intl.NumberFormatOptions) => numberIn(locale, value, options);
  let text: string;
  switch (unit) {
    case 'percent':
      // Intl puts the sign where the language does ("4 %" in Romanian); under 1% keeps two decimals, as documents give it ("0.26% per head").
      text = numberIn(locale, hundredthsOf(value), { style: 'percent', maximumFractionDigits: value !== 0 && Math.abs(value) < 1 ? 2 : 1 });
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
export function periodIn(period: string, language: FigureLanguage): string {
  const { locale } = language;
  if (/^\d{4}$/.test(period)) return yearText(period, locale);
  const academic = /^(\d{4})\/(\d{2})$/.exec(period);
  if (academic) return `${yearText(academic[1]!, locale)}/${numberIn(locale, Number(academic[2]), { minimumIntegerDigits: 2 })}`;
  const month = /^(\d{4})-(\d{2})$/.exec(period);
  if (month) return new Date(Date.UTC(Number(month[1]), Number(month[2]) - 1, 1)).toLocaleDateString(locale, { month: 'long', year: 'numeric', timeZone: 'UTC' });
  return period.replace(/^(\d{4})-Q([1-4])$/, (_, year: string, quarter: string) => language.figure.quarter(yearText(year, locale), numberIn(locale, Number(quarter), {})));
}

type Dated = Pick<Observation, 'period' | 'periodPrecision'>;

/**
 * A figure's period as a table cell says it: "2020", "August 2022", or "reported in 2022" for a
 * figure its document gives no period for (its `period` is the year the document was published,
 * not the period measured).
 */
export function periodLabelIn(observation: Dated, language: FigureLanguage): string {
  const period = periodIn(observation.period, language);
  return observation.periodPrecision === 'publication-year' ? language.figure.reportedIn(period) : period;
}

/** When a figure is from, as a sentence says it: "in 2020", "in August 2022", "reported in 2022". */
export function periodPhraseIn(observation: Dated, language: FigureLanguage): string {
  return observation.periodPrecision === 'publication-year' ? periodLabelIn(observation, language) : language.figure.inPeriod(periodIn(observation.period, language));
}

/** `figureIn` in English, with the numbers in `locale` (en-GB by default): `4%`, `£61,000`, `0.78`, `59th`, `41p`. */
export function formatValue(value: number, unit: Unit, status?: Observation['status'], locale = englishFigures.locale): string {
  return figureIn(value, unit, status, locale === englishFigures.locale ? englishFigures : { ...englishFigures, locale });
}

/** `periodLabelIn` in English. */
export const periodLabel = (observation: Dated): string => periodLabelIn(observation, englishFigures);

/** `periodPhraseIn` in English. */
export const periodPhrase = (observation: Dated): string => periodPhraseIn(observation, englishFigures);

/** `periodIn` in English: `2022-08` → "August 2022", `2022-Q3` → "2022 Q3". */
export const describePeriod = (period: string): string => periodIn(period, englishFigures);
