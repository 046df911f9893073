import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { today } from './today.js';

describe('today', () => {
  it('gives the UTC day of a moment as YYYY-MM-DD', () => {
    assert.equal(today(Date.UTC(2026, 10, 25, 23, 59)), '2026-11-25');
    assert.equal(today(Date.UTC(2026, 0, 1, 0, 0)), '2026-01-01');
  });

  it('is the day of now when given nothing', () => {
    const before = new Date().toISOString().slice(0, 10);
    const day = today();
    assert.ok(day === before || day === new Date().toISOString().slice(0, 10), day);
  });
});
