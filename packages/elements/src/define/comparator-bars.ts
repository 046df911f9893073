import { defineElement } from './define-element.js';
import { LutonComparatorBars } from '../components/comparator-bars/comparator-bars.component.js';

// Importing a tag's definition also brings the typed `luton-*` event map.
export type * from '../events.js';
export { LutonComparatorBars };
export { comparatorBarsSpec as spec } from '../components/comparator-bars/comparator-bars.spec.js';

defineElement('luton-comparator-bars', LutonComparatorBars);

declare global {
  interface HTMLElementTagNameMap {
    'luton-comparator-bars': LutonComparatorBars;
  }
}
