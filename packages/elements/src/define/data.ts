import { defineElement } from './define-element.js';
import { LutonData } from '../components/data/data.component.js';

// Importing a tag's definition also brings the typed `luton-*` event map.
export type * from '../events.js';
export { LutonData };

defineElement('luton-data', LutonData);

declare global {
  interface HTMLElementTagNameMap {
    'luton-data': LutonData;
  }
}
