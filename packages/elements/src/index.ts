// Classes, context, specs and types only: importing this file defines no tag (see `luton2040.js`).
export { LutonData } from './components/data/data.component.js';
export { LutonKpi } from './components/kpi/kpi.component.js';
export { LutonComparatorBars } from './components/comparator-bars/comparator-bars.component.js';
export { LutonActionTracker } from './components/action-tracker/action-tracker.component.js';
export { LutonVacancyFeed } from './components/vacancy-feed/vacancy-feed.component.js';
export { LutonPledgeBadge } from './components/pledge-badge/pledge-badge.component.js';
export { clientContext } from './context.js';
export { defineElement } from './define/define-element.js';
export { FeedWidget } from './widget/feed-widget.js';
export { registerTranslation } from './i18n/register-translation.js';
export type { Catalogue, Review } from './i18n/catalogue.js';
export { MissingAttributeError, type Attributes, type WidgetSpec } from './widget/widget-spec.js';
export { widgetTags, type WidgetTag } from './widget-registry.js';
// For the email renderer, which draws the sparkline as a picture: the tile itself never needs it.
export { kpiSeriesAlt } from './components/kpi/kpi.view.js';
export type { LutonErrorDetail, LutonEventMap, LutonFilterChangeDetail, LutonLoadDetail } from './events.js';
