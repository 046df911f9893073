import type { Strings } from './strings.js';

/** English (en-GB): the fallback for every locale. */
export const en: Strings = {
  loading: (what) => `Loading ${what}…`,
  errorTitle: 'This figure could not be loaded.',
  listErrorTitle: 'This list could not be loaded.',
  noData: (title) => `No figures have been published for “${title}” yet.`,
  notFound: (id) => `There is no measure called “${id}” in the feed.`,
  missingAttribute: (tag, attribute) => `<${tag}> needs a ${attribute} attribute.`,
  source: 'Source',
  plannedSource: 'Planned source',
  inPeriod: (period) => `in ${period}`,
  trend: {
    improving: 'Improving',
    worsening: 'Worsening',
    'no-change': 'No change',
    'not-enough-data': 'Not enough data for a trend',
    'not-comparable': 'No trend: the figures cannot be compared',
  },
  movedFrom: (direction, previous, period) =>
    direction === 'flat' ? `same as ${previous} in ${period}` : `${direction} from ${previous} in ${period}`,
  approximate: 'approximate',
  stale: (since) => `out of date: feed unreachable, copy from ${since}`,
};
