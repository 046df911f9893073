import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { ActionId, ActivityId } from '@luton2040/schema';
import { readFeed, writeScaledPlan } from './feed.js';

const dir = mkdtempSync(join(tmpdir(), 'bench-feed-'));
after(() => rmSync(dir, { recursive: true, force: true }));

/** A feed with the plan's widest numbers: an action numbered 7 and an activity numbered 11. */
function smallFeed() {
  const from = join(dir, 'from');
  mkdirSync(from);
  const actions = [{ id: '1.1', activities: ['1.1.1'] }, { id: '2.7', activities: ['2.7.1', '2.7.11'] }];
  const activities = [{ id: '1.1.1', action: '1.1' }, { id: '2.7.1', action: '2.7' }, { id: '2.7.11', action: '2.7' }];
  writeFileSync(join(from, 'actions.a.json'), JSON.stringify({ resource: 'actions', items: actions }));
  writeFileSync(join(from, 'activities.b.json'), JSON.stringify({ resource: 'activities', items: activities }));
  const entry = (url: string, count: number) => ({ url, sha256: 'x', count });
  writeFileSync(join(from, 'index.json'), JSON.stringify({ version: 't', resources: { actions: entry('actions.a.json', 2), activities: entry('activities.b.json', 3) } }));
  return readFeed(from);
}

describe('scaled plans', () => {
  const scaled = (times: number) => {
    const out = join(dir, `x${times}`);
    writeScaledPlan(smallFeed(), out, times);
    rmSync(join(dir, 'from'), { recursive: true, force: true });
    return readFeed(out);
  };

  for (const times of [1, 10, 100]) {
    it(`repeats every activity ${times} times with unique, valid numbers that their actions list`, () => {
      const feed = scaled(times);
      const actions = feed.items<{ id: string; activities: string[] }>('actions');
      const activities = feed.items<{ id: string; action: string }>('activities');
      assert.equal(activities.length, 3 * times);
      assert.equal(new Set(activities.map((a) => a.id)).size, activities.length);
      assert.equal(new Set(actions.map((a) => a.id)).size, actions.length);
      for (const a of actions) assert.ok(ActionId.safeParse(a.id).success, a.id);
      for (const a of activities) {
        assert.ok(ActivityId.safeParse(a.id).success, a.id);
        assert.ok(a.id.startsWith(`${a.action}.`), `${a.id} belongs to ${a.action}`);
        assert.ok(actions.find((action) => action.id === a.action)?.activities.includes(a.id), `${a.action} lists ${a.id}`);
      }
      assert.equal(actions.flatMap((a) => a.activities).length, activities.length);
      assert.equal(feed.manifest.resources.activities!.count, activities.length);
      assert.match(feed.manifest.resources.activities!.url, /^activities\.[0-9a-f]{16}\.json$/);
    });
  }

  it('keeps the first copy as the plan has it', () => {
    const ids = scaled(10).items<{ id: string }>('activities').slice(0, 3).map((a) => a.id);
    assert.deepEqual(ids, ['1.1.1', '2.7.1', '2.7.11']);
  });
});
