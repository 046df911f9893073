import type { ComparatorSeries, Kpi, Observation } from '@luton2040/schema';
import type { RequestOptions } from '../options.js';
import { recordsApi, type Reader, type RecordsApi } from './records.js';

/** KPIs and measures, with their definitions and figures. */
export interface KpisApi extends RecordsApi<Kpi> {
  /**
   * One area's figures for a KPI, oldest first: Luton's by default, or a comparator's by area id
   * (e.g. `england`). Empty when the feed has none for that area.
   */
  observations(id: string, options?: RequestOptions & { area?: string }): Promise<Observation[]>;
  /** The comparator areas' series of a KPI. */
  comparators(id: string, request?: RequestOptions): Promise<ComparatorSeries[]>;
}

export function kpisApi(client: Reader): KpisApi {
  const api = recordsApi(client, 'kpis');
  return {
    ...api,
    async observations(id, options = {}) {
      const kpi = await api.get(id, options);
      const { area = 'luton' } = options;
      return area === 'luton' ? kpi.observations : (kpi.comparators.find((c) => c.area === area)?.observations ?? []);
    },
    comparators: async (id, request) => (await api.get(id, request)).comparators,
  };
}
