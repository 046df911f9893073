import { LutonVacancyFeed } from '../components/vacancy-feed.component.js';
import { defineElement } from './define-element.js';

defineElement('luton-vacancy-feed', LutonVacancyFeed);

declare global {
  interface HTMLElementTagNameMap {
    'luton-vacancy-feed': LutonVacancyFeed;
  }
}
