import { LutonActionTracker } from '../components/action-tracker.component.js';
import { defineElement } from './define-element.js';

defineElement('luton-action-tracker', LutonActionTracker);

declare global {
  interface HTMLElementTagNameMap {
    'luton-action-tracker': LutonActionTracker;
  }
}
