import { LutonComparatorBars } from '../components/comparator-bars.component.js';
import { defineElement } from './define-element.js';

// Importing a tag's definition also brings the typed `luton-*` event map.
export type * from '../events.js';

defineElement('luton-comparator-bars', LutonComparatorBars);

declare global {
  interface HTMLElementTagNameMap {
    'luton-comparator-bars': LutonComparatorBars;
  }
}
