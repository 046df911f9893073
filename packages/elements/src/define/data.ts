import { LutonData } from '../components/data.component.js';
import { defineElement } from './define-element.js';

// Importing a tag's definition also brings the typed `luton-*` event map.
export type * from '../events.js';

defineElement('luton-data', LutonData);

declare global {
  interface HTMLElementTagNameMap {
    'luton-data': LutonData;
  }
}
