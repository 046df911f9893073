import type { WidgetTag } from '../widgets.js';

// Each class is imported on first use, so that rendering one widget does not load the others.
const classes: Record<WidgetTag, () => Promise<CustomElementConstructor>> = {
  'luton-kpi': async () => (await import('@luton2040/elements/components/kpi.component.js')).LutonKpi,
  'luton-comparator-bars': async () => (await import('@luton2040/elements/components/comparator-bars.component.js')).LutonComparatorBars,
  'luton-action-tracker': async () => (await import('@luton2040/elements/components/action-tracker.component.js')).LutonActionTracker,
  'luton-vacancy-feed': async () => (await import('@luton2040/elements/components/vacancy-feed.component.js')).LutonVacancyFeed,
  'luton-pledge-badge': async () => (await import('@luton2040/elements/components/pledge-badge.component.js')).LutonPledgeBadge,
};

/**
 * Defines the widget's element class in the server's registry: the one Lit's DOM shim installs
 * in Node, where @lit-labs/ssr looks up the element that renders a tag.
 */
export async function defineOnServer(tag: WidgetTag): Promise<void> {
  const constructor = await classes[tag]();
  if (!customElements.get(tag)) customElements.define(tag, constructor);
}
