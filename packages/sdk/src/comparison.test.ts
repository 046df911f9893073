import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Area, Kpi, Observation } from '@luton2040/schema';
import { compareAreas } from './comparison.js';
import { gapBetween } from './gap.js';

// Synthetic test data: one measure, its definitions and figures shaped like the reference data's.
const citation = (doc: string) => ({ doc, section: 'Synthetic test data' });
const figure = (period: string, value: number, definition: string, doc: string, extra: Partial<Observation> = {}): Observation => ({
  period,
  periodPrecision: 'dated',
  definition,
  value,
  status: 'final',
  citation: citation(doc),
  ...extra,
});
const areas: Area[] = [
  { id: 'luton', name: 'Luton', kind: 'local-authority', members: [] },
  { id: 'england', name: 'England', kind: 'country', members: [] },
  { id: 'national', name: 'National average', kind: 'country', members: [] },
];
const kpi = (observations: Observation[], comparators: Kpi['comparators']): Kpi => ({
  id: 'synthetic-measure',
  title: 'Synthetic measure (test data)',
  strategy: 'luton2040',
  priority: 'child-friendly',
  direction: 'decrease',
  unit: 'percent',
  citation: citation('doc-a'),
  definitions: [
    { id: 'dated-series', label: 'The dated series (test data)', citation: citation('doc-a') },
    { id: 'like-for-like', label: 'The figure a document compares (test data)', citation: citation('doc-a') },
  ],
  observations,
  comparators,
});

describe('compareAreas', () => {
  it("puts beside a national figure the Luton figure of the same definition and document, even when it is not the series' headline", () => {
    const measure = kpi(
      [figure('2020', 39, 'dated-series', 'doc-a'), figure('2021', 44.6, 'dated-series', 'doc-a'), figure('2023', 45, 'like-for-like', 'doc-a', { periodPrecision: 'publication-year', status: 'approximate', headline: false })],
      [{ area: 'national', observations: [figure('2023', 27, 'like-for-like', 'doc-a', { periodPrecision: 'publication-year' })] }],
    );
    const comparison = compareAreas(measure, areas);
    assert.deepEqual(comparison.rows.map((r) => [r.area, r.label, r.periodPrecision]), [['luton', 'about 45%', 'publication-year'], ['national', '27%', 'publication-year']]);
    assert.equal(comparison.definition?.id, 'like-for-like');
    assert.deepEqual(comparison.missing, []);
  });

  it('never puts undated figures of two documents side by side, nor figures of another definition or period', () => {
    const measure = kpi(
      [figure('2019', 46, 'dated-series', 'doc-a', { periodPrecision: 'publication-year' })],
      [
        { area: 'england', observations: [figure('2019', 30, 'dated-series', 'doc-b', { periodPrecision: 'publication-year' })] },
        { area: 'national', observations: [figure('2018', 27, 'dated-series', 'doc-a')] },
      ],
    );
    const comparison = compareAreas(measure, areas);
    assert.deepEqual(comparison.rows.map((r) => r.area), ['luton']);
    assert.deepEqual(comparison.missing.map((m) => [m.area, m.reason]), [['england', 'undated-period'], ['national', 'different-periods']]);
  });
});

describe('gapBetween', () => {
  const luton = figure('2023', 60, 'dated-series', 'doc-a');
  it('gives the gap in the unit between comparable figures', () => {
    const gap = gapBetween(kpi([luton], [{ area: 'england', observations: [figure('2023', 57, 'dated-series', 'doc-a')] }]), luton, 'england');
    assert.deepEqual(gap.comparable && gap.difference, 3);
  });
  it('gives their figure but no gap beside an approximate one', () => {
    const gap = gapBetween(kpi([luton], [{ area: 'england', observations: [figure('2023', 57, 'dated-series', 'doc-a', { status: 'approximate' })] }]), luton, 'england');
    assert.deepEqual([gap.comparable, !gap.comparable && gap.reason, gap.theirs?.value], [false, 'approximate', 57]);
  });
  it('says why there is none', () => {
    const gap = gapBetween(kpi([luton], [{ area: 'england', observations: [figure('2023', 57, 'like-for-like', 'doc-a')] }]), luton, 'england');
    assert.deepEqual([gap.comparable, !gap.comparable && gap.reason], [false, 'different-definitions']);
    assert.deepEqual(gapBetween(kpi([luton], []), luton, 'england'), { area: 'england', comparable: false, reason: 'no-figure' });
  });
});
