import { loadBarsView, type BarsView } from '@luton2040/elements/components/comparator-bars.data.js';
import type { LutonClient } from '@luton2040/sdk';

/** What `<luton-comparator-bars>` draws, read by the widget's own loader. */
export function loadComparison(client: LutonClient, attributes: Readonly<Record<string, string>>, signal?: AbortSignal): Promise<BarsView> {
  const { kpi: id, areas, reference } = attributes;
  if (!id) throw new TypeError('<luton-comparator-bars> needs a kpi attribute');
  return loadBarsView(client, { id, areas, reference }, signal);
}
