import { commonEn } from '../../i18n/common.en.js';
import type { KpiStrings } from './kpi.strings.js';

const capitalise = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/** English (en-GB) words of `<luton-kpi>`: the fallback for every locale. */
export const kpiEn: KpiStrings = {
  ...commonEn,
  failed: 'This figure could not be loaded.',
  notFound: (id) => `There is no measure called “${id}” in the feed.`,
  loading: (id) => `Loading ${id}…`,
  noData: (title) => `No figures have been published for “${title}” yet.`,
  plannedSource: 'Planned source',
  trend: {
    improving: 'Improving',
    worsening: 'Worsening',
    'no-change': 'No change',
    'not-enough-data': 'Not enough data for a trend',
    'not-comparable': 'No trend: the figures cannot be compared',
  },
  provisional: 'provisional',
  estimate: 'estimate',
  points: (size, count) => `${size} ${count === 1 ? 'point' : 'points'}`,
  change: (direction, difference, since) => (direction === 'unchanged' ? `unchanged since ${since}` : `${direction} ${difference} since ${since}`),
  gap: (difference, side, area, theirs) => `${difference} ${side} ${area} (${theirs})`,
  sameAs: (area, theirs) => `same as ${area} (${theirs})`,
  theirFigure: (area, figure, when) => `${area}: ${figure} ${when}`,
  noFigure: (area) => `no ${area} figure`,
  noComparableFigure: (area, when) => `no ${area} figure comparable with Luton's ${when}`,
  notComparable: (previous, when, why) => `${previous} ${when}: ${why.charAt(0).toLowerCase()}${why.slice(1)}`,
  movedFrom: (direction, previous, period) => (direction === 'flat' ? `same as ${previous} in ${period}` : `${direction} from ${previous} in ${period}`),
  sentence: ({ title, value, when, movement, meaning, notComparable, gap, flags }) =>
    `${title} ${value} ${when}${movement ? `, ${movement}` : ''}: ${meaning.toLowerCase()}.${notComparable ? ` ${capitalise(notComparable)}` : ''}${
      gap ? ` ${capitalise(gap)}.` : ''
    }${flags.length ? ` (${flags.join(', ')})` : ''}`,
  seriesAlt: (title, points) => `Line of ${title} by period: ${points.join(', ')}.`,
};
