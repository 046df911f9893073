/** How the suite writes figures: sizes in KB (1024 bytes), times in ms, ratios as "2.4x". */
import type { Summary } from './stats.js';

export const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

export const ms = (value: number) => `${value >= 100 ? Math.round(value).toLocaleString('en-GB') : value.toFixed(1)} ms`;

export const count = (value: number) => (Number.isInteger(value) ? value.toLocaleString('en-GB') : value.toFixed(1));

export function ratio(value: number, baseline: number): string {
  if (!Number.isFinite(value) || !Number.isFinite(baseline) || baseline === 0) return 'n/a';
  const r = value / baseline;
  return `${r >= 10 ? r.toFixed(0) : r.toFixed(2)}x`;
}

/** A median with the range of the runs: "512 ms (480-530)". One run prints the value alone. */
export function spread(summary: Summary, unit: (value: number) => string): string {
  if (summary.samples.length < 2 || summary.min === summary.max) return unit(summary.median);
  const bare = (value: number) => unit(value).replace(/ [a-zA-Z]+$/, '');
  return `${unit(summary.median)} (${bare(summary.min)}-${bare(summary.max)})`;
}
