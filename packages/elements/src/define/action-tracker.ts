import { defineElement } from './define-element.js';
import { LutonActionTracker } from '../components/action-tracker/action-tracker.component.js';

// Importing a tag's definition also brings the typed `luton-*` event map.
export type * from '../events.js';
export { LutonActionTracker };
export { actionTrackerSpec as spec } from '../components/action-tracker/action-tracker.spec.js';

defineElement('luton-action-tracker', LutonActionTracker);

declare global {
  interface HTMLElementTagNameMap {
    'luton-action-tracker': LutonActionTracker;
  }
}
