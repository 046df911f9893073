import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { englishFigures, figureIn, formatValue, periodIn, periodLabel, periodPhrase } from './format.js';

describe('formatValue', () => {
  it('writes a figure as documents do, never rounding away what they state', () => {
    assert.equal(formatValue(4, 'percent'), '4%');
    assert.equal(formatValue(44.6, 'percent'), '44.6%');
    assert.equal(formatValue(0.26, 'percent'), '0.26%');
    assert.equal(formatValue(25, 'percent', 'approximate'), 'about 25%');
    assert.equal(formatValue(61000, 'gbp'), '£61,000');
    assert.equal(formatValue(70, 'rank'), '70th');
  });

  it('rounds a percentage as the decimal it is, not as that decimal divided by 100 in binary', () => {
    // 1.45 / 100 is 0.0144999… as a double, which would round down to 1.4%.
    assert.equal(formatValue(1.45, 'percent'), '1.5%');
    assert.equal(formatValue(-10.95, 'percent'), '-11%');
    assert.equal(formatValue(1e-7, 'percent'), '0%');
  });
});

describe('figureIn', () => {
  const romanian = { locale: 'ro', figure: { ...englishFigures.figure, about: (figure: string) => `circa ${figure}`, quarter: (year: string, quarter: string) => `T${quarter} ${year}` } };

  it('writes the number as the language does and the words around it from the language given', () => {
    assert.equal(figureIn(4.5, 'percent', undefined, romanian), new Intl.NumberFormat('ro', { style: 'percent', maximumFractionDigits: 1 }).format(0.045));
    assert.equal(figureIn(25, 'percent', 'approximate', romanian), `circa ${new Intl.NumberFormat('ro', { style: 'percent' }).format(0.25)}`);
    assert.equal(periodIn('2022-Q3', romanian), 'T3 2022');
  });

  it('is formatValue in English', () => {
    for (const [value, unit] of [[44.6, 'percent'], [12.6, 'gbp-per-hour'], [41, 'pence'], [1017, 'kt-co2e'], [0.78, 'ratio']] as const) {
      assert.equal(figureIn(value, unit, undefined, englishFigures), formatValue(value, unit));
    }
  });
});

describe('periods', () => {
  it('says a dated period as the period measured, and a publication year as when it was reported', () => {
    assert.equal(periodPhrase({ period: '2020' }), 'in 2020');
    assert.equal(periodPhrase({ period: '2022-08', periodPrecision: 'dated' }), 'in August 2022');
    assert.equal(periodPhrase({ period: '2022', periodPrecision: 'publication-year' }), 'reported in 2022');
    assert.equal(periodLabel({ period: '2020/21' }), '2020/21');
    assert.equal(periodLabel({ period: '2023', periodPrecision: 'publication-year' }), 'reported in 2023');
  });
});
