import { defineElement } from './define-element.js';
import { LutonPledgeBadge } from '../components/pledge-badge/pledge-badge.component.js';

// Importing a tag's definition also brings the typed `luton-*` event map.
export type * from '../events.js';
export { LutonPledgeBadge };
export { pledgeBadgeSpec as spec } from '../components/pledge-badge/pledge-badge.spec.js';

defineElement('luton-pledge-badge', LutonPledgeBadge);

declare global {
  interface HTMLElementTagNameMap {
    'luton-pledge-badge': LutonPledgeBadge;
  }
}
