import { defineElement } from './define-element.js';
import { LutonKpi } from '../components/kpi/kpi.component.js';

// Importing a tag's definition also brings the typed `luton-*` event map.
export type * from '../events.js';
export { LutonKpi };
export { kpiSpec as spec } from '../components/kpi/kpi.spec.js';

defineElement('luton-kpi', LutonKpi);

declare global {
  interface HTMLElementTagNameMap {
    'luton-kpi': LutonKpi;
  }
}
