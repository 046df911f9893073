import { defineElement } from './define-element.js';
import { LutonVacancyFeed } from '../components/vacancy-feed/vacancy-feed.component.js';

// Importing a tag's definition also brings the typed `luton-*` event map.
export type * from '../events.js';
export { LutonVacancyFeed };
export { vacancyFeedSpec as spec } from '../components/vacancy-feed/vacancy-feed.spec.js';

defineElement('luton-vacancy-feed', LutonVacancyFeed);

declare global {
  interface HTMLElementTagNameMap {
    'luton-vacancy-feed': LutonVacancyFeed;
  }
}
