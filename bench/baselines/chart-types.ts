/** What every chart baseline draws: the comparator's rows and colours, as `drawComparison` takes them. */

export interface ChartRow {
  name: string;
  value: number;
  /** The value as the widget writes it, e.g. "33%". */
  label: string;
  role: 'luton' | 'reference' | 'comparator';
}

export interface ChartTheme {
  text: string;
  muted: string;
  luton: string;
  reference: string;
  comparator: string;
  font: string;
}

export type DrawChart = (container: HTMLElement, rows: readonly ChartRow[], theme: ChartTheme, width: number) => Promise<unknown>;
