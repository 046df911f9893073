import { LutonKpi } from '../components/kpi.component.js';
import { defineElement } from './define-element.js';

// Importing a tag's definition also brings the typed `luton-*` event map.
export type * from '../events.js';

defineElement('luton-kpi', LutonKpi);

declare global {
  interface HTMLElementTagNameMap {
    'luton-kpi': LutonKpi;
  }
}
