// What the SDK concludes from the reference dataset, checked against the figures' own fields: no
// trend, change, line or comparison between figures that the data says cannot be compared.
import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import {
  checkLivingWage,
  comparableSeries,
  compareAreas,
  hourlyMinimum,
  isDated,
  livingWageStatus,
  periodPhrase,
  reasonsNotComparableOverTime,
  trendOf,
  usableUntil,
  type Observation,
} from '@luton2040/sdk';
import { loadDataset, type Dataset } from './load.js';
import { datasetDir, samplesDir } from './test-fixtures.js';

const sameMeasure = (a: Observation, b: Observation) => a.definition === b.definition;

describe('conclusions drawn from the reference data', () => {
  let dataset: Dataset;
  before(async () => {
    ({ dataset } = await loadDataset(datasetDir, { samplesDir }));
  });

  it('gives a trend only between two figures of one definition, both dated, neither approximate; otherwise both figures and why', () => {
    for (const kpi of dataset.kpis) {
      const trend = trendOf(kpi);
      if (!trend.latest || !trend.previous) continue;
      const reasons = reasonsNotComparableOverTime(trend.previous, trend.latest);
      if (reasons.length === 0) {
        assert.ok(trend.change !== undefined && trend.meaning !== 'not-comparable', `${kpi.id} has a trend`);
        continue;
      }
      assert.equal(trend.meaning, 'not-comparable', kpi.id);
      assert.equal(trend.reason, reasons[0], kpi.id);
      assert.equal(trend.change, undefined, `${kpi.id} gives no change`);
      assert.equal(trend.movement, 'unknown', `${kpi.id} gives no arrow`);
    }
  });

  it('draws a line only through figures comparable with the latest', () => {
    for (const kpi of dataset.kpis) {
      const line = comparableSeries(kpi);
      const latest = line.at(-1);
      if (line.length < 2 || !latest) continue;
      for (const o of line) assert.ok(sameMeasure(o, latest) && isDated(o) && o.status !== 'approximate', `${kpi.id} ${o.period}`);
    }
  });

  it('puts side by side only figures of one definition and period, and undated ones only from one document', () => {
    for (const kpi of dataset.kpis) {
      const { rows } = compareAreas(kpi, dataset.areas);
      const luton = rows.find((r) => r.role === 'luton');
      if (!luton || rows.length < 2) continue;
      const lutonFigure = kpi.observations.find((o) => o.period === luton.period && o.value === luton.value && o.citation.doc === luton.citation.doc)!;
      for (const row of rows.filter((r) => r !== luton)) {
        const theirs = kpi.comparators.find((c) => c.area === row.area)!.observations.find((o) => o.period === row.period && o.value === row.value)!;
        assert.ok(sameMeasure(theirs, lutonFigure), `${kpi.id}: ${row.area} measures what Luton's figure does`);
        assert.equal(row.period, luton.period, `${kpi.id}: ${row.area}`);
        if (!isDated(theirs) || !isDated(lutonFigure)) assert.equal(row.citation.doc, luton.citation.doc, `${kpi.id}: ${row.area} is compared by the same document`);
      }
    }
  });

  it('says a figure dated only by its document was reported in that year', () => {
    for (const kpi of dataset.kpis) {
      for (const o of kpi.observations) assert.equal(periodPhrase(o).startsWith('reported in'), o.periodPrecision === 'publication-year', `${kpi.id} ${o.period}`);
    }
  });

  it("flags a sample vacancy only when it pays the rate in force on its posting date, and none once the newest rate is out of date", () => {
    const rates = dataset.livingWageRates;
    const newest = rates.at(-1)!;
    const inside = livingWageStatus(rates, Date.parse(`${usableUntil(newest.announced)}T00:00:00Z`));
    const verdicts = dataset.vacancies.map((v) => ({ v, check: checkLivingWage(v, inside) }));
    for (const { v, check } of verdicts.filter(({ check }) => check.verdict === 'pays')) {
      assert.ok(hourlyMinimum(v.salary!)! >= check.rate!.ukOutsideLondon, v.id);
    }
    for (const { v, check } of verdicts.filter(({ v }) => v.salary && (hourlyMinimum(v.salary) ?? Infinity) < newest.ukOutsideLondon)) {
      if (v.datePosted >= newest.announced) assert.notEqual(check.verdict, 'pays', `${v.id} pays under the rate in force`);
    }
    const past = livingWageStatus(rates, Date.parse(`${usableUntil(newest.announced)}T00:00:00Z`) + 86_400_000);
    assert.ok(dataset.vacancies.every((v) => checkLivingWage(v, past).verdict === 'withdrawn'));
  });
});
