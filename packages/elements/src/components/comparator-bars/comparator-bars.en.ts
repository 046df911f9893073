import { commonEn } from '../../i18n/common.en.js';
import { listOf } from '../../i18n/format.js';
import type { ComparatorBarsStrings } from './comparator-bars.strings.js';

const list = (items: string[]) => listOf(items, commonEn.locale);

/** English (en-GB) words of `<luton-comparator-bars>`, kept apart so that a KPI-only page never loads them. */
export const comparatorBarsEn: ComparatorBarsStrings = {
  ...commonEn,
  failed: 'This figure could not be loaded.',
  notFound: (id) => `There is no measure called “${id}” in the feed.`,
  loading: (id) => `Loading ${id}…`,
  caption: (title, period) => `${title}: Luton and other areas, ${period}`,
  lutonFigure: (figure, when) => `${figure} ${when}`,
  area: (name, figure) => `${name} (${figure})`,
  summary: (luton, higherThan, lowerThan, sameAs) =>
    [
      `Luton: ${luton}.`,
      higherThan.length ? `Higher than ${list(higherThan)}.` : '',
      lowerThan.length ? `Lower than ${list(lowerThan)}.` : '',
      sameAs.length ? `The same as ${list(sameAs)}.` : '',
    ]
      .filter(Boolean)
      .join(' '),
  noComparison: (title) => `No figures for Luton have been published for “${title}” yet, so there is nothing to compare.`,
  noComparator: (luton, when) => `Luton: ${luton} ${when}. No other area has a figure in the sources that can stand beside it, so there is nothing to compare it with.`,
  plannedSource: (source) => `planned source: ${source}`,
  noFigureFor: (period, areas) => `No figure for ${period}: ${list(areas)}.`,
  showTable: 'Show the figures as a table',
  tableArea: 'Area',
  tableValue: 'Value',
  tablePeriod: 'Period',
  chartAlt: (title, period, areas) => `Bar chart of ${title}, ${period}, highest first: ${areas.join(', ')}.`,
};
