/**
 * JSX types for the `luton-*` elements in React 19.
 *
 * React 19 renders custom elements natively: a prop the element has a property for is set as that
 * property, any other prop as an attribute, and a function prop named `on<event-name>` becomes a
 * listener for that event (`onluton-load` listens to `luton-load`). So the tags need no wrapper
 * component, only these types: `import type {} from '@luton2040/elements/react'` once in the app
 * (or list `@luton2040/elements/react` in tsconfig's `types`).
 *
 * Attribute-only names keep their HTML spelling (`hide-filters`, `heading-level`, `registry-key`),
 * which works whether or not the element is defined yet when React first renders it.
 */
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
import type { DetailedHTMLProps, HTMLAttributes } from 'react';
// Brings in the tag map (`document.querySelector('luton-kpi')` is a `LutonKpi`) and the event map.
import type {} from '../luton2040.js';

/** A listener React adds for an `on<event-name>` prop. */
export type LutonListener<Detail> = (event: CustomEvent<Detail>) => void;

/** React's own props for any element, plus the events every widget sends (they bubble, so a `<luton-data>` hears its widgets' too). */
export type LutonElementProps<E extends HTMLElement> = DetailedHTMLProps<HTMLAttributes<E>, E> & {
  'onluton-load'?: LutonListener<LutonLoadDetail>;
  'onluton-error'?: LutonListener<LutonErrorDetail>;
};

/** The element's properties that have an attribute of the same name, typed from the element class. */
type Reflected<E, K extends keyof E> = { [P in K]?: E[P] };

export type LutonDataProps = LutonElementProps<LutonData> &
  Reflected<LutonData, 'src'> & {
    'registry-key'?: string;
    /** A client made with `createClient` (e.g. with a persistent cache). A property only: import the elements before rendering. */
    client?: LutonData['client'];
  };

export type LutonKpiProps = LutonElementProps<LutonKpi> & Reflected<LutonKpi, 'kpi' | 'compare' | 'baseline' | 'variant' | 'src' | 'theme'>;

export type LutonComparatorBarsProps = LutonElementProps<LutonComparatorBars> &
  Reflected<LutonComparatorBars, 'kpi' | 'areas' | 'reference' | 'chart' | 'src' | 'theme'> & {
    'onluton-chart-ready'?: LutonListener<void>;
  };

export type LutonActionTrackerProps = LutonElementProps<LutonActionTracker> &
  Reflected<LutonActionTracker, 'priority' | 'owner' | 'partner' | 'status' | 'year' | 'activity' | 'src' | 'theme'> & {
    'hide-filters'?: boolean;
    'heading-level'?: number;
    'onluton-filter-change'?: LutonListener<LutonFilterChangeDetail>;
  };

export type LutonVacancyFeedProps = LutonElementProps<LutonVacancyFeed> &
  Reflected<LutonVacancyFeed, 'sector' | 'contract' | 'limit' | 'today' | 'src' | 'theme'> & {
    'hide-filters'?: boolean;
    'living-wage'?: boolean;
  };

export type LutonPledgeBadgeProps = LutonElementProps<LutonPledgeBadge> &
  Reflected<LutonPledgeBadge, 'org' | 'variant' | 'today' | 'src' | 'theme'> & {
    'registry-key'?: string;
  };

declare module 'react' {
  // React declares its JSX types in a namespace: augmenting them takes one.
  // eslint-disable-next-line @typescript-eslint/no-namespace
  namespace JSX {
    interface IntrinsicElements {
      'luton-data': LutonDataProps;
      'luton-kpi': LutonKpiProps;
      'luton-comparator-bars': LutonComparatorBarsProps;
      'luton-action-tracker': LutonActionTrackerProps;
      'luton-vacancy-feed': LutonVacancyFeedProps;
      'luton-pledge-badge': LutonPledgeBadgeProps;
    }
  }
}
