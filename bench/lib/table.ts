/** The table every part prints: what was measured, this project's figure, what it is set against. */

export interface Figure {
  /** What was measured, in words. */
  figure: string;
  /** This project's figure, formatted. */
  project: string;
  /** The figures measured side by side in the same run, formatted (e.g. "bare Lit 6.3 KB"). */
  against?: string;
  /** This project's figure over each side-by-side figure. */
  ratio?: string;
  /** The figure the project aims at, for reading the result (never a pass/fail). */
  goal?: string;
}

const columns: { key: keyof Figure; title: string }[] = [
  { key: 'figure', title: 'figure' },
  { key: 'project', title: 'this project' },
  { key: 'against', title: 'side by side' },
  { key: 'ratio', title: 'ratio' },
  { key: 'goal', title: 'goal' },
];

/** A plain-text table, columns padded to their widest cell. */
export function formatTable(figures: readonly Figure[]): string {
  const used = columns.filter((c) => c.key === 'figure' || c.key === 'project' || figures.some((f) => f[c.key]));
  const widths = used.map((c) => Math.max(c.title.length, ...figures.map((f) => (f[c.key] ?? '').length)));
  const line = (cells: string[]) => cells.map((cell, i) => cell.padEnd(widths[i]!)).join(' | ').trimEnd();
  return [line(used.map((c) => c.title)), widths.map((w) => '-'.repeat(w)).join('-|-'), ...figures.map((f) => line(used.map((c) => f[c.key] ?? '')))].join('\n');
}
