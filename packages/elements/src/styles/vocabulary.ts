// One styling vocabulary for every widget: the global `--luton-*` tokens, each widget's own
// `--luton-<tag without luton->-<thing>` properties (documented on the widget), and one list of
// part names. The test beside this file checks the widgets against it, and
// docs/components/styling.md is written from it (scripts/component-docs.mjs).

/** The tokens a page may set once for every widget (read in host.styles.ts). */
export const globalTokens = {
  '--luton-font-family': 'Font of every widget. Default: the system’s sans-serif.',
  '--luton-color-text': 'Text. Default: near black, near white in the dark scheme.',
  '--luton-color-muted': 'Secondary text: periods, sources, notes.',
  '--luton-color-surface': 'Card background.',
  '--luton-color-border': 'Card borders and rules.',
  '--luton-color-accent': 'Links, Luton’s bar, the sparkline, focus rings.',
  '--luton-color-good': 'An improving trend, a verified pledge, complete activities.',
  '--luton-color-bad': 'A worsening trend, an error, activities at risk.',
  '--luton-radius': 'Corner radius of the cards.',
  '--luton-space': 'Padding inside the cards.',
} as const;

/**
 * Every `part` name the widgets expose, with what it means wherever it appears: one vocabulary for
 * `::part()` across all widgets. A widget documents the parts it has with `@csspart`.
 */
export const partNames = {
  base: 'The widget’s card: the element to style for background, border, padding and shadow.',
  error: 'Also on `base` while the widget shows an error instead of its data.',
  title: 'The widget’s heading (the measure’s name, the caption); in the error state, what went wrong.',
  detail: 'In the error state, the reason the feed gave (e.g. “HTTP 404”).',
  source: 'The data source line and the document a figure is cited from.',
  sample: 'A “sample data” label on made-up data.',
  count: 'The line saying how many items are shown of how many.',
  filters: 'The filter controls of a list widget.',
  value: 'A headline figure.',
  period: 'The period a figure is for.',
  flag: 'A mark on a figure: provisional, estimate, sample data, out of date.',
  stale: 'The “out of date” line, with the date of the copy, when a widget shows its last good copy because the feed cannot be reached.',
  trend: 'The trend arrow and what the movement means.',
  changes: 'The list of changes: since the last period, since the baseline, gap to another area.',
  sparkline: 'The small line of a series (an inline SVG).',
  summary: 'A comparison summed up in words.',
  chart: 'The box holding the bars (HTML first, then the drawn chart).',
  missing: 'The areas with no figure for the period.',
  table: 'The disclosure with the figures as a table.',
  priority: 'One priority’s group of activities.',
  progress: 'A priority’s or an action’s progress bar.',
  toggle: 'The button in a group’s heading that opens or closes its list.',
  activity: 'One activity’s disclosure.',
  status: 'An activity’s status badge.',
  vacancy: 'One vacancy.',
  'living-wage': 'The Real Living Wage flag on a vacancy.',
  more: 'The “show more” button.',
  seal: 'The pledge’s verified / not verified mark and its words.',
  name: 'The organisation’s name.',
  details: 'The pledge’s expanded content: commitments, partnership pledges, dates.',
} as const;

export type PartName = keyof typeof partNames;
