import { loadKpiView, type KpiView } from '@luton2040/elements/components/kpi.data.js';
import type { LutonClient } from '@luton2040/sdk';

/** What `<luton-kpi>` draws, read by the tile's own loader. */
export function loadKpi(client: LutonClient, attributes: Readonly<Record<string, string>>, signal?: AbortSignal): Promise<KpiView> {
  const { kpi: id, compare, baseline } = attributes;
  if (!id) throw new TypeError('<luton-kpi> needs a kpi attribute');
  return loadKpiView(client, { id, compare, baseline }, signal);
}
