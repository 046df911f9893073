import type { BarsView } from '@luton2040/elements/components/comparator-bars.component.js';
import { compareAreas, type LutonClient } from '@luton2040/sdk';

/** What `<luton-comparator-bars>` draws, read the way the widget reads it. */
export async function loadComparison(client: LutonClient, attributes: Readonly<Record<string, string>>, signal?: AbortSignal): Promise<BarsView> {
  const { kpi: id, areas, reference = 'england' } = attributes;
  if (!id) throw new TypeError('<luton-comparator-bars> needs a kpi attribute');
  const [kpi, allAreas] = await Promise.all([client.kpis.get(id, { signal }), client.areas.list({ signal })]);
  const wanted = areas?.split(/[\s,]+/).filter(Boolean);
  return { kpi, comparison: compareAreas(kpi, allAreas, { reference, ...(wanted?.length ? { areas: wanted } : {}) }) };
}
