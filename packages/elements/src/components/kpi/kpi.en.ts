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
  inPeriod: (period) => `in ${period}`,
  trend: {
    improving: 'Improving',
    worsening: 'Worsening',
    'no-change': 'No change',
    'not-enough-data': 'Not enough data for a trend',
  },
  provisional: 'provisional',
  estimate: 'estimate',
  points: (size, count) => `${size} ${count === 1 ? 'point' : 'points'}`,
  change: (direction, difference, since) => (direction === 'unchanged' ? `unchanged since ${since}` : `${direction} ${difference} since ${since}`),
  gap: (difference, side, area, theirs) => `${difference} ${side} ${area} (${theirs})`,
  sameAs: (area, theirs) => `same as ${area} (${theirs})`,
  noFigureFor: (area, period) => `no ${area} figure for ${period}`,
  movedFrom: (direction, previous, period) => (direction === 'flat' ? `same as ${previous} in ${period}` : `${direction} from ${previous} in ${period}`),
  sentence: ({ title, value, period, movement, meaning, gap, flags }) =>
    `${title} ${value} in ${period}${movement ? `, ${movement}` : ''}: ${meaning.toLowerCase()}.${gap ? ` ${capitalise(gap)}.` : ''}${flags.length ? ` (${flags.join(', ')})` : ''}`,
  seriesAlt: (title, points) => `Line of ${title} by period: ${points.join(', ')}.`,
};
