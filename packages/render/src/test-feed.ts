// The reference dataset with the demo's sample records (pledges, vacancies), built into a
// temporary feed exactly as the publisher builds one: the render tests read it through the SDK
// and take every expected figure from it.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildFeed, loadDataset } from '@luton2040/data';
import type { ClientOptions, LutonClient } from '@luton2040/sdk';
import { feedClient } from './feed-client.js';

const root = fileURLToPath(new URL('../../../', import.meta.url));

export interface TestFeed {
  dir: string;
  index: string;
  client(options?: ClientOptions): LutonClient;
  remove(): Promise<void>;
}

export async function referenceFeed(): Promise<TestFeed> {
  const dir = await mkdtemp(join(tmpdir(), 'luton2040-render-'));
  const { dataset, problems } = await loadDataset(join(root, 'packages/data/dataset'), { samplesDir: join(root, 'examples/sample-data') });
  if (problems.length) throw new Error(`the reference dataset has ${problems.length} problem(s); run luton2040-feed validate`);
  await buildFeed(dataset, dir);
  const index = join(dir, 'index.json');
  return {
    dir,
    index,
    client: (options = {}) => feedClient(index, { retry: false, onDroppedRecord: () => {}, ...options }),
    remove: () => rm(dir, { recursive: true, force: true }),
  };
}

/** The KPI whose comparison has the most areas: the richest chart the feed can draw. */
export async function richestComparison(client: LutonClient): Promise<string> {
  const { compareAreas } = await import('@luton2040/sdk');
  const [kpis, areas] = await Promise.all([client.resource('kpis'), client.resource('areas')]);
  const ranked = kpis.map((k) => ({ id: k.id, rows: compareAreas(k, areas).rows.length })).sort((a, b) => b.rows - a.rows);
  return ranked[0]!.id;
}
