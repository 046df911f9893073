import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { before, describe, it } from 'node:test';
import { foldForQuote } from './citation.js';
import { loadDataset, type LoadResult } from './load.js';
import { datasetDir, lines, samplesDir, sourcesDir } from './test-fixtures.js';

const sourceText = async (file: string) => foldForQuote(await readFile(join(sourcesDir, file), 'utf8'));

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

  it('has the pledge schemes: 4 Luton 2040 commitment examples, 3 partnership pledges, 6 expectations', () => {
    const count = (kind: string) => loaded.dataset.pledgeSchemes.filter((s) => s.kind === kind).length;
    assert.equal(count('commitment-example'), 4);
    assert.equal(count('partnership-pledge'), 3);
    assert.equal(count('expectation'), 6);
  });

  it('gives the Luton 2040 Pledge commitments as the refresh does: examples of "commitments such as"', async () => {
    const examples = loaded.dataset.pledgeSchemes.filter((s) => s.kind === 'commitment-example').sort((a, b) => a.order - b.order);
    const texts = examples.map((e) => e.text);
    const listed = `commitments such as ${texts.slice(0, -1).join(', ')} and ${texts.at(-1)}`;
    assert.ok((await sourceText('luton2040-refresh.txt')).includes(listed), listed);
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
  });

  it('evidences progress only with documents published after the plan', () => {
    const published = new Map(loaded.dataset.documents.map((d) => [d.id, d.published]));
    const plan = loaded.dataset.activities[0]!.citation.doc;
    for (const r of loaded.dataset.statusReports.filter((r) => r.citation)) {
      assert.ok(published.get(r.citation!.doc)! > published.get(plan)!, `${r.activity} is evidenced by ${r.citation!.doc}, published after ${plan}`);
    }
  });

  it('keeps the plan Year 1 start date as one explicit, explained setting', () => {
    assert.equal(loaded.settings.planYear1Start, '2022-04-01');
    const setting = loaded.dataset.settings.find((s) => s.key === 'plan-year-1-start');
    assert.match(setting?.note ?? '', /does not state/);
  });

  it('has no Real Living Wage setting: the rate is a dated series of announcements, each cited to its page', () => {
    assert.ok(!loaded.dataset.settings.some((s) => /living-wage/.test(s.key)));
    const rates = loaded.dataset.livingWageRates;
    assert.ok(rates.length > 0);
    const documents = new Map(loaded.dataset.documents.map((d) => [d.id, d]));
    rates.forEach((rate, i) => {
      const source = documents.get(rate.citation.doc);
      assert.equal(source?.publisher, 'Living Wage Foundation', rate.announced);
      assert.match(source?.url ?? '', /^https:\/\//, rate.announced);
      assert.equal(source?.published, Number(rate.announced.slice(0, 4)), `${rate.announced}: the page is of the year the rate was announced`);
      if (i > 0) assert.ok(rate.announced > rates[i - 1]!.announced, 'oldest first');
    });
  });

  it('holds no sample record: pledges and vacancies come only with --with-samples', () => {
    assert.equal(loaded.dataset.pledges.length, 0);
    assert.equal(loaded.dataset.vacancies.length, 0);
  });
});

describe('what each figure measures and when', () => {
  let loaded: LoadResult;
  before(async () => {
    loaded = await loadDataset(datasetDir, { sourcesDir });
  });
  const everyObservation = () =>
    loaded.dataset.kpis.flatMap((kpi) => [...kpi.observations, ...kpi.comparators.flatMap((c) => c.observations)].map((o) => ({ kpi, o })));

  it("gives every figure a definition of its own KPI", () => {
    for (const { kpi, o } of everyObservation()) {
      assert.ok(kpi.definitions?.some((d) => d.id === o.definition), `${kpi.id} ${o.period}: ${o.definition}`);
    }
  });

  it('shares a definition between documents only where it names how the figures were made', () => {
    const documentsOf = new Map<string, Set<string>>();
    for (const { o } of everyObservation()) documentsOf.set(o.definition!, (documentsOf.get(o.definition!) ?? new Set()).add(o.citation.doc));
    for (const kpi of loaded.dataset.kpis) {
      for (const d of kpi.definitions ?? []) {
        if ((documentsOf.get(d.id)?.size ?? 0) > 1) assert.ok(d.method, `${d.id} is used by several documents but names no method`);
      }
    }
  });

  it("dates a figure by its document's publication year only as a publication year", () => {
    const published = new Map(loaded.dataset.documents.map((d) => [d.id, d.published]));
    for (const { kpi, o } of everyObservation()) {
      const what = `${kpi.id} ${o.period} (${o.citation.doc})`;
      if (o.periodPrecision === 'publication-year') assert.equal(o.period, String(published.get(o.citation.doc)), what);
      if (/publication year used/i.test(o.note ?? '')) assert.equal(o.periodPrecision, 'publication-year', what);
      if (published.has(o.citation.doc) && o.citation.quote) assert.ok(o.periodPrecision, `${what} says how well its period is known`);
    }
  });

  it('calls high-level measures only those the refresh measures poverty and quality of life with', async () => {
    const text = await sourceText('luton2040-refresh.txt');
    const heading = 'Measuring poverty and quality of life – Minimum Income Standard and other measures';
    const start = text.lastIndexOf(heading);
    const end = text.indexOf("Luton's Thriving People Index", start);
    assert.ok(start > 0 && end > start, 'the refresh has the section');
    const l2040 = loaded.dataset.kpis.filter((k) => k.strategy === 'luton2040');
    assert.ok(l2040.some((k) => k.role === 'high-level-measure') && l2040.some((k) => k.role === 'progress-figure'));
    for (const kpi of l2040) {
      const at = text.indexOf(foldForQuote(kpi.citation.section), start);
      const inSection = at > start && at < end;
      assert.equal(kpi.role === 'high-level-measure', inSection, `${kpi.id} (${kpi.role}) is cited from ${kpi.citation.section}`);
    }
  });

  it('keeps the title the plan gives, cited, beside the one to show', () => {
    for (const kpi of loaded.dataset.kpis.filter((k) => k.displayTitle)) {
      assert.ok(kpi.citation.quote?.includes(kpi.title), `${kpi.id}: the plan's own title is in its quote`);
      assert.notEqual(kpi.displayTitle, kpi.title);
    }
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
