import { LutonVacancyFeed } from '../components/vacancy-feed.component.js';
import { defineElement } from './define-element.js';

// Importing a tag's definition also brings the typed `luton-*` event map.
export type * from '../events.js';

defineElement('luton-vacancy-feed', LutonVacancyFeed);

declare global {
  interface HTMLElementTagNameMap {
    'luton-vacancy-feed': LutonVacancyFeed;
  }
}
