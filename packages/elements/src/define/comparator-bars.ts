import { LutonComparatorBars } from '../components/comparator-bars.component.js';
import { defineElement } from './define-element.js';

defineElement('luton-comparator-bars', LutonComparatorBars);

declare global {
  interface HTMLElementTagNameMap {
    'luton-comparator-bars': LutonComparatorBars;
  }
}
