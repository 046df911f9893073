import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { cumulativeLayoutShift } from './layout-shift.js';

const shift = (startTime: number, value: number, hadRecentInput = false) => ({ startTime, value, hadRecentInput });

describe('cumulative layout shift', () => {
  it('sums shifts less than a second apart into one window and keeps the largest window', () => {
    const cls = cumulativeLayoutShift([shift(100, 0.1), shift(900, 0.05), shift(3000, 0.12)]);
    assert.ok(Math.abs(cls - 0.15) < 1e-9, String(cls));
  });

  it('closes a window after five seconds even when shifts keep coming', () => {
    const shifts = Array.from({ length: 12 }, (_, i) => shift(i * 900, 0.01));
    // 0, 900 ... 4500 fall in the first window (6 shifts); 5400 starts a new one.
    assert.ok(Math.abs(cumulativeLayoutShift(shifts) - 0.06) < 1e-9);
  });

  it('ignores shifts right after input, and is 0 without shifts', () => {
    assert.equal(cumulativeLayoutShift([shift(100, 0.3, true)]), 0);
    assert.equal(cumulativeLayoutShift([]), 0);
  });

  it('counts shifts after input when asked to (a load without input, under mobile emulation)', () => {
    assert.equal(cumulativeLayoutShift([shift(100, 0.3, true)], { countInputShifts: true }), 0.3);
  });
});
