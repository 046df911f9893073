import { LutonPledgeBadge } from '../components/pledge-badge.component.js';
import { defineElement } from './define-element.js';

// Importing a tag's definition also brings the typed `luton-*` event map.
export type * from '../events.js';

defineElement('luton-pledge-badge', LutonPledgeBadge);

declare global {
  interface HTMLElementTagNameMap {
    'luton-pledge-badge': LutonPledgeBadge;
  }
}
