// Compares the dataset's actions and activities with the Implementation Plan's own text, field by
// field, so that a slip in the CSV (or in the parser) cannot pass unnoticed.
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { before, describe, it } from 'node:test';
import type { Activity, Organisation } from '@luton2040/schema';
import { loadDataset } from './load.js';
import { datasetDir, sourcesDir } from './test-fixtures.js';

/** One row of the plan's tables, as the text file has it: tab-separated cells. */
interface PlanRow {
  title: string;
  timeframe: string;
  owners: string;
  partners: string;
  outputs: string;
  measures: string;
}

async function planRows(): Promise<{ actions: Map<string, string>; activities: Map<string, PlanRow> }> {
  const text = await readFile(join(sourcesDir, 'ess-plan.txt'), 'utf8');
  const actions = new Map<string, string>();
  const activities = new Map<string, PlanRow>();
  for (const line of text.split('\n')) {
    const action = /^(\d\.\d+) ([^\t]+)\t\d\.\d+\.\d+ /.exec(line);
    if (action) actions.set(action[1]!, action[2]!.trim());
    const row = /(?:^|\t)(\d\.\d+\.\d+) ([^\t]+)\t([^\t]+)\t([^\t]+)\t([^\t]+)\t([^\t]+)\t([^\t]+?)\s*$/.exec(line);
    if (row) {
      const [, id, title, timeframe, owners, partners, outputs, measures] = row as unknown as string[];
      activities.set(id!, { title: title!, timeframe: timeframe!, owners: owners!, partners: partners!, outputs: outputs!, measures: measures! });
    }
  }
  return { actions, activities };
}

/**
 * The plan's wording of an owner or partner cell, as names. Three cells of the plan are irregular
 * and are read as the plan evidently means them: "FSB and SEMLEP" (two owners), "Beds CoC" (the
 * Chamber of Commerce) and a missing comma before "Raise Up Foundation".
 */
function planNames(cell: string): string[] {
  return cell
    .replace('DLUHC) Raise Up Foundation', 'DLUHC), Raise Up Foundation')
    .split(/,\s*(?![^()]*\))| and (?=[A-Z]{2,})/)
    .map((name) => name.trim().replace(/^Beds CoC$/, 'CoC').replace(/^Careers Hub$/, 'Careers Hub Luton'))
    .filter(Boolean);
}

function nameIndex(organisations: readonly Organisation[]): Map<string, string> {
  const index = new Map<string, string>();
  const key = (name: string) => name.toLowerCase().replaceAll('&', 'and');
  for (const o of organisations) {
    index.set(key(o.name), o.id);
    if (o.acronym) index.set(key(o.acronym), o.id);
  }
  return index;
}

describe('activities compared with the Implementation Plan, field by field', () => {
  let plan: Awaited<ReturnType<typeof planRows>>;
  let activities: Activity[];
  let organisationOf: (name: string) => string | undefined;
  let actionTitles: Map<string, string>;

  before(async () => {
    plan = await planRows();
    const { dataset } = await loadDataset(datasetDir);
    activities = dataset.activities;
    actionTitles = new Map(dataset.actions.map((a) => [a.id, a.title]));
    const index = nameIndex(dataset.organisations);
    organisationOf = (name) => index.get(name.toLowerCase().replaceAll('&', 'and'));
  });

  it('finds all 93 activities and 17 actions in the plan text', () => {
    assert.equal(plan.activities.size, 93);
    assert.equal(plan.actions.size, 17);
  });

  it('has every headline action title word for word', () => {
    for (const [id, title] of plan.actions) assert.equal(actionTitles.get(id), title, id);
  });

  // Every activity is compared; the twelve named here are also listed so that a failure says which.
  const spotChecks = ['1.1.1', '1.1.3', '1.4.2', '1.5.2', '1.7.4', '2.1.4', '2.4.2', '3.1.1', '3.2.7', '3.3.1', '3.3.3', '4.3.2'];

  for (const id of spotChecks) {
    it(`activity ${id} matches the plan in title, timeframe, owners, partners, outputs and measure of success`, () => {
      assertMatchesPlan(id);
    });
  }

  it('every one of the 93 activities matches the plan in every field', () => {
    for (const id of plan.activities.keys()) assertMatchesPlan(id);
  });

  function assertMatchesPlan(id: string): void {
    const row = plan.activities.get(id);
    const activity = activities.find((a) => a.id === id);
    assert.ok(row, `${id} is in the plan`);
    assert.ok(activity, `${id} is in the dataset`);
    assert.equal(activity.title, row.title.trim(), `${id} title`);
    assert.equal(activity.timeframe.text, row.timeframe.trim(), `${id} timeframe`);
    assert.equal(activity.outputs, row.outputs.trim(), `${id} outputs`);
    assert.equal(activity.measureOfSuccess, row.measures.trim(), `${id} measure of success`);
    assert.equal(activity.action, id.split('.').slice(0, 2).join('.'), `${id} action`);
    assert.deepEqual(activity.owners, planNames(row.owners).map((n) => organisationOf(n) ?? `unknown: ${n}`), `${id} owners`);
    assert.deepEqual(activity.partners, planNames(row.partners).map((n) => organisationOf(n) ?? `unknown: ${n}`), `${id} partners`);
  }

  it('parses the timeframes the plan uses into plan years and ongoing', () => {
    const byId = (id: string) => activities.find((a) => a.id === id)!.timeframe;
    assert.deepEqual(byId('1.1.1'), { text: 'Ongoing', years: [], ongoing: true });
    assert.deepEqual(byId('1.1.4'), { text: 'Year 1, 2, 3, 4, 5', years: [1, 2, 3, 4, 5], ongoing: false });
    assert.deepEqual(byId('1.2.2'), { text: 'Year 2, 3', years: [2, 3], ongoing: false });
    const yearAndOngoing = activities.find((a) => a.timeframe.text === 'Year 1 and ongoing');
    assert.deepEqual(yearAndOngoing?.timeframe, { text: 'Year 1 and ongoing', years: [1], ongoing: true });
  });
});
