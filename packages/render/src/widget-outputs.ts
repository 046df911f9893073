import type { WidgetTag } from '@luton2040/elements/widget-registry.js';
import { comparisonBody } from './email/comparison.js';
import { kpiBody } from './email/kpi.js';
import { pledgeBody } from './email/pledge.js';
import { trackerBody } from './email/tracker.js';
import { vacanciesBody } from './email/vacancies.js';
import { fillComparison } from './ssr/fill-comparison.js';
import { fillTracker } from './ssr/fill-tracker.js';
import type { WidgetOutput } from './widget-output.js';

/** Every widget's outputs here, by tag: a widget added to the elements' registry is a compile error until it has its line. */
export const widgetOutputs: { [T in WidgetTag]: WidgetOutput<T> } = {
  'luton-kpi': { emailBody: kpiBody, nameFrom: ['kpi'] },
  'luton-comparator-bars': { emailBody: comparisonBody, nameFrom: ['kpi'], fillIn: fillComparison },
  'luton-action-tracker': { emailBody: trackerBody, nameFrom: ['priority', 'activity'], fillIn: fillTracker },
  'luton-vacancy-feed': { emailBody: vacanciesBody, nameFrom: ['sector'] },
  'luton-pledge-badge': { emailBody: pledgeBody, nameFrom: ['org'] },
};
