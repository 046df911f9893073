import { LutonData } from '../components/data.component.js';
import { defineElement } from './define-element.js';

defineElement('luton-data', LutonData);

declare global {
  interface HTMLElementTagNameMap {
    'luton-data': LutonData;
  }
}
