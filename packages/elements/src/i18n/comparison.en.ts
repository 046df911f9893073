import type { ComparisonStrings } from './strings.js';

/** English (en-GB) text of the comparison chart, kept apart so that a KPI-only page never loads it. */
export const comparisonEn: ComparisonStrings = {
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
  noComparator: (luton, when) => `Luton: ${luton} ${when}. No other area has a figure in the sources that can stand beside it, so there is nothing to compare it with.`,
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
