import type { ActionTrackerStrings } from '../components/action-tracker/action-tracker.strings.js';
import type { ComparatorBarsStrings } from '../components/comparator-bars/comparator-bars.strings.js';
import type { KpiStrings } from '../components/kpi/kpi.strings.js';
import type { PledgeBadgeStrings } from '../components/pledge-badge/pledge-badge.strings.js';
import type { VacancyFeedStrings } from '../components/vacancy-feed/vacancy-feed.strings.js';
import type { EmailStrings } from './email.strings.js';

/**
 * Whether a speaker of the language has checked the words. Unreviewed words are still shown: for
 * many readers they are better than English. The docs list which catalogues are reviewed.
 */
export type Review = { reviewed: false; note?: string } | { reviewed: true; by: string; on: string };

/**
 * Every word of every widget, and of the email frame, in one language: one file per language
 * (see `locales/`). The English words are each widget's `*.en.ts`; `english.ts` gathers them.
 */
export interface Catalogue {
  /** BCP 47 tag: numbers, dates and plurals follow it (e.g. `ur`, `pl`, `pa-Guru`). */
  locale: string;
  /** Which way the language is written: `rtl` widgets mirror unless their own `dir` says otherwise. */
  dir: 'ltr' | 'rtl';
  /** The language's name in itself, e.g. "اردو", for a language picker. */
  name: string;
  review: Review;
  'luton-kpi': KpiStrings;
  'luton-comparator-bars': ComparatorBarsStrings;
  'luton-action-tracker': ActionTrackerStrings;
  'luton-vacancy-feed': VacancyFeedStrings;
  'luton-pledge-badge': PledgeBadgeStrings;
  email: EmailStrings;
}

/** The widget tags a catalogue has words for. */
export type CatalogueTag = Exclude<keyof Catalogue, 'locale' | 'dir' | 'name' | 'review' | 'email'>;
