/**
 * Template types for the `luton-*` elements in Vue 3 (`vue-tsc`, Volar): the tags, their props and
 * their events, from the element classes.
 *
 * Vue must be told the tags are custom elements (`compilerOptions.isCustomElement: (tag) =>
 * tag.startsWith('luton-')`); it then sets a bound prop as the element's property when it has one,
 * and `@luton-load` listens to the `luton-load` event. These types add the tags to Vue's
 * `GlobalComponents`: `import type {} from '@luton2040/elements/vue'` once in the app (or list
 * `@luton2040/elements/vue` in tsconfig's `types`).
 */
import type { DefineComponent } from 'vue';
import type {
  LutonActionTracker,
  LutonComparatorBars,
  LutonData,
  LutonErrorDetail,
  LutonFilterChangeDetail,
  LutonKpi,
  LutonLoadDetail,
  LutonPledgeBadge,
  LutonVacancyFeed,
} from '../index.js';
// Brings in the tag map and the event map, as for plain DOM code.
import type {} from '../luton2040.js';

/** A listener Vue adds for `@luton-…` on the tag. */
export type LutonVueListener<Detail> = (event: CustomEvent<Detail>) => void;

/** The events every widget sends (they bubble, so a `<luton-data>` hears its widgets' too). */
export interface LutonVueEvents {
  onLutonLoad?: LutonVueListener<LutonLoadDetail>;
  onLutonError?: LutonVueListener<LutonErrorDetail>;
}

/** The element's properties a template may bind, typed from the element class. */
type Props<E, K extends keyof E> = { [P in K]?: E[P] } & LutonVueEvents;

export type LutonDataVueProps = Props<LutonData, 'src' | 'registryKey' | 'client'>;
export type LutonKpiVueProps = Props<LutonKpi, 'kpi' | 'compare' | 'baseline' | 'variant' | 'src' | 'theme'>;
export type LutonComparatorBarsVueProps = Props<LutonComparatorBars, 'kpi' | 'areas' | 'reference' | 'chart' | 'src' | 'theme'> & {
  onLutonChartReady?: LutonVueListener<void>;
};
export type LutonActionTrackerVueProps = Props<LutonActionTracker, 'priority' | 'owner' | 'partner' | 'status' | 'year' | 'activity' | 'hideFilters' | 'headingLevel' | 'src' | 'theme'> & {
  onLutonFilterChange?: LutonVueListener<LutonFilterChangeDetail>;
};
export type LutonVacancyFeedVueProps = Props<LutonVacancyFeed, 'sector' | 'contract' | 'livingWage' | 'limit' | 'today' | 'hideFilters' | 'src' | 'theme'>;
export type LutonPledgeBadgeVueProps = Props<LutonPledgeBadge, 'org' | 'variant' | 'registryKey' | 'today' | 'src' | 'theme'>;

/** The tags as Vue sees them in templates. */
export interface LutonGlobalComponents {
  'luton-data': DefineComponent<LutonDataVueProps>;
  'luton-kpi': DefineComponent<LutonKpiVueProps>;
  'luton-comparator-bars': DefineComponent<LutonComparatorBarsVueProps>;
  'luton-action-tracker': DefineComponent<LutonActionTrackerVueProps>;
  'luton-vacancy-feed': DefineComponent<LutonVacancyFeedVueProps>;
  'luton-pledge-badge': DefineComponent<LutonPledgeBadgeVueProps>;
}

declare module 'vue' {
  // Merged into Vue's own interface: the merge is the point, so it has no members of its own.
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  interface GlobalComponents extends LutonGlobalComponents {}
}
