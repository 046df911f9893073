/** A part of the suite: runs on its own (`npm run bench -- NAME`) and returns a table and its data. */
import type { Context } from '../lib/context.js';
import type { Figure } from '../lib/table.js';

export interface PartResult {
  figures: Figure[];
  /** How to read the figures, and anything unusual seen while measuring. */
  notes: string[];
  /** Everything measured, with every run, for bench/results/latest.json. */
  data: Record<string, unknown>;
}

export interface Part {
  name: string;
  title: string;
  /** Loads the demo page, so needs the demo's feed built (`npm run build:demo`). */
  demo?: boolean;
  /** Runs in Node alone: needs neither the reference feed nor the baselines built. */
  nodeOnly?: boolean;
  run(ctx: Context): Promise<PartResult>;
}
