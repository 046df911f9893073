import { LutonActionTracker } from '../components/action-tracker.component.js';
import { defineElement } from './define-element.js';

// Importing a tag's definition also brings the typed `luton-*` event map.
export type * from '../events.js';

defineElement('luton-action-tracker', LutonActionTracker);

declare global {
  interface HTMLElementTagNameMap {
    'luton-action-tracker': LutonActionTracker;
  }
}
