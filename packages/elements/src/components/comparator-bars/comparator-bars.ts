import { defineElement } from '../../define-element.js';
import { LutonComparatorBars } from './comparator-bars.component.js';

// Importing a tag's definition also brings the typed `luton-*` event map.
export type * from '../../events.js';
export { LutonComparatorBars };
export { comparatorBarsSpec as spec } from './comparator-bars.spec.js';

defineElement('luton-comparator-bars', LutonComparatorBars);

declare global {
  interface HTMLElementTagNameMap {
    'luton-comparator-bars': LutonComparatorBars;
  }
}
