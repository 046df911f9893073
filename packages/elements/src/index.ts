// Classes, context and types only: importing this file defines no tag (see `luton2040.js`).
export { LutonData } from './components/data.component.js';
export { LutonKpi } from './components/kpi.component.js';
export { LutonComparatorBars } from './components/comparator-bars.component.js';
export { clientContext } from './context.js';
export { defineElement } from './define/define-element.js';
export type { LutonErrorDetail, LutonLoadDetail } from './events.js';
