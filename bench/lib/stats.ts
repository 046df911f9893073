/** Medians and spreads of repeated measurements, and the interleaved order they are taken in. */

export interface Summary {
  median: number;
  min: number;
  max: number;
  /** Every measurement, in the order taken. */
  samples: number[];
}

export function median(values: readonly number[]): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

export function summarise(samples: readonly number[]): Summary {
  return { median: median(samples), min: Math.min(...samples), max: Math.max(...samples), samples: [...samples] };
}

/**
 * Measures every variant `runs` times, one round at a time, reversing the order every other round
 * (A B, B A, A B...): a machine that warms up, or a neighbour that starts working, then weighs on
 * every variant alike instead of on whichever ran last.
 */
export async function interleave<V extends string, T>(
  variants: readonly V[],
  runs: number,
  measure: (variant: V, run: number) => Promise<T>,
): Promise<Record<V, T[]>> {
  const results = Object.fromEntries(variants.map((v) => [v, [] as T[]])) as Record<V, T[]>;
  for (let run = 0; run < runs; run += 1) {
    const order = run % 2 === 0 ? variants : [...variants].reverse();
    for (const variant of order) results[variant].push(await measure(variant, run));
  }
  return results;
}

/** Summaries of one numeric field of every variant's results. */
export function summariseField<V extends string, T>(results: Record<V, T[]>, pick: (result: T) => number): Record<V, Summary> {
  return Object.fromEntries(Object.entries(results).map(([v, rs]) => [v, summarise((rs as T[]).map(pick))])) as Record<V, Summary>;
}
