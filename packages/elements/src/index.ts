// Classes, context and types only: importing this file defines no tag (see `luton2040.js`).
export { LutonData } from './components/data.component.js';
export { LutonKpi } from './components/kpi.component.js';
export { LutonComparatorBars } from './components/comparator-bars.component.js';
export { LutonActionTracker } from './components/action-tracker.component.js';
export { LutonVacancyFeed } from './components/vacancy-feed.component.js';
export { LutonPledgeBadge } from './components/pledge-badge.component.js';
export { clientContext } from './context.js';
export { defineElement } from './define/define-element.js';
export type { LutonErrorDetail, LutonFilterChangeDetail, LutonLoadDetail } from './events.js';
