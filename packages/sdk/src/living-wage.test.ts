import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { LivingWageRate, Vacancy } from '@luton2040/schema';
import { checkLivingWage, livingWageNote, livingWageStatus, rateInForce, usableUntil } from './living-wage.js';

// Synthetic test rates and vacancies (not real figures).
const rate = (announced: string, ukOutsideLondon: number): LivingWageRate => ({ announced, ukOutsideLondon, citation: { doc: 'test-doc', section: 'Synthetic test data' } });
const rates = [rate('2024-10-01', 11), rate('2025-10-01', 12)];
const vacancy = (datePosted: string, min: number, unit: 'HOUR' | 'YEAR' = 'HOUR'): Pick<Vacancy, 'salary' | 'datePosted'> => ({ datePosted, salary: { min, unit, currency: 'GBP' } });
const on = (day: string) => Date.parse(`${day}T12:00:00Z`);

describe('the Real Living Wage as a dated series', () => {
  it('lets a rate be used until it is 13 months old', () => {
    assert.equal(usableUntil('2025-10-01'), '2026-11-01');
    assert.equal(usableUntil('2025-01-31'), '2026-02-28');
  });

  it('judges a vacancy by the rate in force on its posting date', () => {
    const status = livingWageStatus(rates, on('2026-06-01'));
    assert.equal(rateInForce(rates, '2025-06-01')?.ukOutsideLondon, 11);
    assert.equal(checkLivingWage(vacancy('2025-06-01', 11.5), status).verdict, 'pays');
    assert.equal(checkLivingWage(vacancy('2026-05-01', 11.5), status).verdict, 'below');
    // £24,375 a year is £12.50 an hour at 37.5 hours a week.
    assert.equal(checkLivingWage(vacancy('2026-05-01', 24375, 'YEAR'), status).verdict, 'pays');
  });

  it('never fills a year the data lacks with an older rate', () => {
    assert.equal(rateInForce([rate('2018-11-05', 9)], '2022-03-01'), undefined);
    assert.equal(checkLivingWage(vacancy('2022-03-01', 9.5), livingWageStatus([rate('2018-11-05', 9), rate('2022-09-01', 10)], on('2022-10-01'))).verdict, 'unknown');
  });

  it('withdraws the flag once the newest rate is more than 13 months old, and says it needs updating', () => {
    const inside = livingWageStatus(rates, on('2026-11-01'));
    const past = livingWageStatus(rates, on('2026-11-02'));
    assert.equal(inside.state, 'current');
    assert.equal(past.state, 'out-of-date');
    assert.equal(checkLivingWage(vacancy('2026-10-01', 20), past).verdict, 'withdrawn');
    assert.match(livingWageNote(past), /more than 13 months old and needs updating/);
    assert.match(livingWageNote(inside), /^Real Living Wage flag: pay of at least the rate in force/);
  });

  it('flags nothing when the feed holds no rate', () => {
    const none = livingWageStatus([], on('2026-06-01'));
    assert.equal(none.state, 'missing');
    assert.equal(checkLivingWage(vacancy('2026-05-01', 20), none).verdict, 'withdrawn');
  });
});
