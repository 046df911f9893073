import { LutonPledgeBadge } from '../components/pledge-badge.component.js';
import { defineElement } from './define-element.js';

defineElement('luton-pledge-badge', LutonPledgeBadge);

declare global {
  interface HTMLElementTagNameMap {
    'luton-pledge-badge': LutonPledgeBadge;
  }
}
