import type { Strings } from './strings.js';

/** English (en-GB): the fallback for every locale. */
export const en: Strings = {
  loading: (what) => `Loading ${what}…`,
  errorTitle: 'This figure could not be loaded.',
  noData: (title) => `No figures have been published for “${title}” yet.`,
  notFound: (id) => `There is no measure called “${id}” in the feed.`,
  missingAttribute: (tag, attribute) => `<${tag}> needs a ${attribute} attribute.`,
  source: 'Source',
  inPeriod: (period) => `in ${period}`,
  trend: {
    improving: 'Improving',
    worsening: 'Worsening',
    'no-change': 'No change',
    'not-enough-data': 'Not enough data for a trend',
  },
  movedFrom: (direction, previous, period) =>
    direction === 'flat' ? `same as ${previous} in ${period}` : `${direction} from ${previous} in ${period}`,
  approximate: 'approximate',
  stale: (since) => `out of date: feed unreachable, copy from ${since}`,
  comparisonTitle: (title, period) => `${title}: Luton and other areas, ${period}`,
  comparisonSummary: (luton, higherThan, lowerThan, sameAs) =>
    [
      `Luton: ${luton}.`,
      higherThan.length ? `Higher than ${list(higherThan)}.` : '',
      lowerThan.length ? `Lower than ${list(lowerThan)}.` : '',
      sameAs.length ? `The same as ${list(sameAs)}.` : '',
    ]
      .filter(Boolean)
      .join(' '),
  noComparison: (title) => `No figures for Luton have been published for “${title}” yet, so there is nothing to compare.`,
  noFigureFor: (period, areas) => `No figure for ${period}: ${list(areas)}.`,
  showTable: 'Show the figures as a table',
  tableArea: 'Area',
  tableValue: 'Value',
  tablePeriod: 'Period',
  chartLoading: 'Drawing chart…',
};

function list(items: string[]): string {
  return new Intl.ListFormat('en-GB', { style: 'long', type: 'conjunction' }).format(items);
}
