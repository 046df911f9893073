import type { AnyWidgetSpec } from './widget/widget-spec.js';

/**
 * Every widget tag and the module that defines it, loaded when first needed. The CDN loader fetches
 * a tag's module when the tag appears on a page; the server and email renderers load it for its
 * spec. Adding a widget is its folder under `components/`, its module in `define/` and one line here
 * (docs/contributing.md lists what else the checks then ask for).
 */
export const widgetDefinitions = {
  'luton-kpi': () => import('./define/kpi.js'),
  'luton-comparator-bars': () => import('./define/comparator-bars.js'),
  'luton-action-tracker': () => import('./define/action-tracker.js'),
  'luton-vacancy-feed': () => import('./define/vacancy-feed.js'),
  'luton-pledge-badge': () => import('./define/pledge-badge.js'),
} satisfies Record<`luton-${string}`, () => Promise<{ spec: AnyWidgetSpec }>>;

/** `<luton-data>` only provides the feed to the widgets inside it: it has no spec and draws nothing. */
export const providerDefinitions = {
  'luton-data': () => import('./define/data.js'),
} satisfies Record<`luton-${string}`, () => Promise<unknown>>;

/** A tag that draws data: one of the widgets. */
export type WidgetTag = keyof typeof widgetDefinitions;

/** Every widget tag, in the registry's order. */
export const widgetTags = Object.keys(widgetDefinitions) as WidgetTag[];

/** The spec of one widget, with its query, data and view types. */
export type SpecOf<T extends WidgetTag> = Awaited<ReturnType<(typeof widgetDefinitions)[T]>>['spec'];
