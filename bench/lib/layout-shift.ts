/**
 * Cumulative Layout Shift as browsers and Lighthouse report it: shifts not caused by input, grouped
 * in session windows (a window closes after 1 s without a shift or 5 s in all), and the largest
 * window is the score.
 */

export interface ShiftEntry {
  value: number;
  startTime: number;
  hadRecentInput: boolean;
}

/**
 * `countInputShifts`: count shifts flagged as after input too. Chromium's mobile emulation reports
 * an input during load that nobody made, and flags the shifts of the next 500 ms: a page loaded
 * without any input (as the suite and the layout check load them) counts every shift.
 */
export function cumulativeLayoutShift(entries: readonly ShiftEntry[], { countInputShifts = false } = {}): number {
  let largest = 0;
  let window = 0;
  let windowStart = Number.NEGATIVE_INFINITY;
  let last = Number.NEGATIVE_INFINITY;
  for (const entry of [...entries].filter((e) => countInputShifts || !e.hadRecentInput).sort((a, b) => a.startTime - b.startTime)) {
    if (entry.startTime - last > 1000 || entry.startTime - windowStart > 5000) {
      window = 0;
      windowStart = entry.startTime;
    }
    window += entry.value;
    last = entry.startTime;
    largest = Math.max(largest, window);
  }
  return largest;
}
