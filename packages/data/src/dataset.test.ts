import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import { loadDataset, type LoadResult } from './load.js';
import { datasetDir, lines, samplesDir, sourcesDir } from './test-fixtures.js';

describe('the reference dataset', () => {
  let loaded: LoadResult;
  before(async () => {
    loaded = await loadDataset(datasetDir, { sourcesDir });
  });

  it('validates with no problem, every quote found in its document', () => {
    assert.deepEqual(lines(loaded.problems), []);
  });

  it('has the 17 headline actions and 93 key delivery activities of the plan', () => {
    assert.equal(loaded.dataset.actions.length, 17);
    assert.equal(loaded.dataset.activities.length, 93);
    assert.equal(loaded.dataset.actions.reduce((n, a) => n + a.activities.length, 0), 93);
    assert.equal(loaded.dataset.activities[0]?.id, '1.1.1');
    assert.equal(loaded.dataset.activities.at(-1)?.id, '4.3.2');
  });

  it('has the 4 ESS priorities and 16 outcome KPIs, four per priority, each with a direction', () => {
    const { essPriorities, kpis } = loaded.dataset;
    assert.deepEqual(
      essPriorities.map((p) => `${p.number} ${p.id}`),
      ['1 skills-growth', '2 talent-pipeline', '3 inequality-inactivity', '4 adaptable-workforce'],
    );
    const ess = kpis.filter((k) => k.strategy === 'ess');
    assert.equal(ess.length, 16);
    for (const priority of essPriorities) assert.equal(ess.filter((k) => k.priority === priority.id).length, 4, priority.id);
    assert.deepEqual(ess.find((k) => k.id === 'neet-rate')?.direction, 'decrease');
    assert.deepEqual(ess.find((k) => k.id === 'real-living-wage-jobs')?.direction, 'increase');
  });

  it('has the 5 Luton 2040 priorities, each with 5 target outcomes and 5 developments by 2028', () => {
    const priorities = loaded.dataset.luton2040Priorities;
    assert.deepEqual(priorities.map((p) => p.id), ['inclusive-economy', 'population-wellbeing', 'child-friendly', 'net-zero', 'strong-community']);
    for (const p of priorities) {
      assert.deepEqual(p.targetOutcomes.map((o) => o.order), [1, 2, 3, 4, 5], p.id);
      assert.deepEqual(p.developments2028.map((o) => o.order), [1, 2, 3, 4, 5], p.id);
    }
    assert.equal(priorities[0]?.developments2028[1]?.text, 'Luton will be a Real Living Wage Town');
  });

  it('has the five Minimum Income Standard bands with their thresholds parsed', () => {
    const bands = loaded.dataset.misBands;
    assert.deepEqual(bands.map((b) => b.band), ['A', 'B', 'C', 'D', 'E']);
    assert.deepEqual(bands[0]?.coupleTwoChildren.privateRent, { text: '> £67,719', above: 67719 });
    assert.deepEqual(bands[3]?.coupleTwoChildren.socialRent, { text: 'up to £26,659', upTo: 26659 });
    assert.deepEqual(bands[4]?.coupleTwoChildren.privateRent, { text: '£0', upTo: 0 });
  });

  it('has the pledge schemes: 4 Luton 2040 commitment categories, 3 partnership pledges, 6 expectations', () => {
    const count = (kind: string) => loaded.dataset.pledgeSchemes.filter((s) => s.kind === kind).length;
    assert.equal(count('commitment-category'), 4);
    assert.equal(count('partnership-pledge'), 3);
    assert.equal(count('expectation'), 6);
  });

  it('has the seven ESS priority sectors, as the strategy names them', () => {
    assert.deepEqual(
      loaded.dataset.sectors.map((s) => s.name),
      [
        'Aerospace and Aviation',
        'Advanced Manufacturing, Automotive & Engineering',
        'Creative Arts and Media',
        'Construction',
        'Health and Social Care',
        'Information, Communication, and Technology',
        'Green Economy',
      ],
    );
  });

  it('gives comparator areas their GSS codes and leaves group membership empty where no document gives it', () => {
    const code = (id: string) => loaded.dataset.areas.find((a) => a.id === id)?.gssCode;
    assert.equal(code('luton'), 'E06000032');
    assert.equal(code('england'), 'E92000001');
    assert.equal(code('bedford'), 'E06000055');
    assert.equal(code('milton-keynes'), 'E06000042');
    assert.equal(code('slough'), 'E06000039');
    assert.equal(code('west-northamptonshire'), 'E06000062');
    for (const group of ['semlep', 'oxcam-arc']) assert.deepEqual(loaded.dataset.areas.find((a) => a.id === group)?.members, [], group);
  });

  it('records a figure the document calls "national" as national, and as england only where the passage names England', () => {
    for (const kpi of loaded.dataset.kpis) {
      for (const comparator of kpi.comparators) {
        for (const o of comparator.observations) {
          const quote = o.citation.quote ?? '';
          if (comparator.area === 'england') assert.match(quote, /England/, `${kpi.id} ${o.period}`);
          if (/nationally/.test(quote) && !/England/.test(quote)) assert.equal(comparator.area, 'national', `${kpi.id} ${o.period}`);
        }
      }
    }
  });

  it('keeps both figures where documents disagree, and marks exactly one per period as the headline', () => {
    const poverty = loaded.dataset.kpis.find((k) => k.id === 'child-poverty')!;
    const in2019 = poverty.observations.filter((o) => o.period === '2019');
    assert.deepEqual(in2019.map((o) => [o.citation.doc, o.headline]), [['luton2040-refresh', true], ['igc-2019', false]]);
    for (const kpi of loaded.dataset.kpis) {
      const periods = new Map<string, number>();
      for (const o of kpi.observations.filter((o) => o.headline !== false)) periods.set(o.period, (periods.get(o.period) ?? 0) + 1);
      for (const [period, count] of periods) assert.equal(count, 1, `${kpi.id} ${period}`);
    }
  });

  it('says "not reported" for every activity without a report, and cites every report from a document', () => {
    const { activities, statusReports } = loaded.dataset;
    const reported = new Set(statusReports.map((r) => r.activity));
    for (const a of activities) {
      if (!reported.has(a.id)) assert.equal(a.status, 'not-reported', a.id);
      else assert.notEqual(a.status, 'not-reported', a.id);
    }
    for (const r of statusReports) assert.ok(r.citation?.quote, `${r.activity} is cited with a quote`);
    assert.deepEqual([...reported].sort(), ['1.4.2', '2.1.4', '3.2.7', '3.3.1']);
  });

  it('keeps the plan Year 1 start date as one explicit, explained setting', () => {
    assert.equal(loaded.dataset.settings.planYear1Start, '2022-04-01');
    const setting = loaded.dataset.settingRecords.find((s) => s.key === 'plan-year-1-start');
    assert.match(setting?.note ?? '', /does not state/);
  });

  it('keeps the Real Living Wage only as the document gives it, cited', () => {
    const rate = loaded.dataset.settingRecords.find((s) => s.key === 'real-living-wage-gbp-per-hour');
    assert.equal(rate?.value, '9.00');
    assert.equal(rate?.citation?.doc, 'igc-2019');
  });

  it('holds no sample record: pledges and vacancies come only with --with-samples', () => {
    assert.equal(loaded.dataset.pledges.length, 0);
    assert.equal(loaded.dataset.vacancies.length, 0);
  });
});

describe('the sample data', () => {
  it('loads 3-4 sample pledges and 10-20 sample vacancies, every one marked sample', async () => {
    const { dataset, problems } = await loadDataset(datasetDir, { sourcesDir, samplesDir });
    assert.deepEqual(lines(problems), []);
    assert.ok(dataset.pledges.length >= 3 && dataset.pledges.length <= 4);
    assert.ok(dataset.vacancies.length >= 10 && dataset.vacancies.length <= 20);
    for (const record of [...dataset.pledges, ...dataset.vacancies]) assert.equal(record.sample, true);
    for (const p of dataset.pledges) assert.match(p.organisation.name, /\(sample\)$/);
    for (const v of dataset.vacancies) assert.match(v.title, /\(sample\)$/);
    const bakery = dataset.pledges.find((p) => p.id === 'sample-bakery')!;
    assert.deepEqual(bakery.partnershipPledges, ['pledge-1', 'pledge-3']);
    assert.deepEqual(bakery.commitments.map((c) => [c.priority, c.category]), [
      ['inclusive-economy', 'fair-pay-and-employment'],
      ['inclusive-economy', 'good-business-charter'],
      ['net-zero', undefined],
    ]);
  });
});
