export { createClient, type LutonClient, type ReadResult, type Unsubscribe } from './client.js';
export {
  DEFAULT_FEED_URL,
  type CacheOptions,
  type ClientOptions,
  type Clock,
  type DroppedRecord,
  type RequestOptions,
  type RetryOptions,
} from './options.js';
export {
  AbortError,
  ConnectionError,
  HttpError,
  IntegrityError,
  LutonError,
  NotFoundError,
  TimeoutError,
  TooLargeError,
  ValidationError,
} from './errors.js';
export { ConfigurationError, UnreadableRecordError } from './pledge-errors.js';
export { RedirectError } from './redirects.js';
export { memoryStore, type CacheEntry, type CacheStore } from './cache/store.js';
export { localStorageStore } from './cache/local-storage.js';
export { verifyPledge } from './verify-lazy.js';
export type { PledgeVerification, RegistryKey } from './verify.js';
export type { ListApi, RecordsApi } from './resources/records.js';
export type { KpisApi } from './resources/kpis.js';
export type { ActionFilter, ActionsApi, ActivitiesApi } from './resources/activities.js';
export type { ActivityFilter } from './resources/activity-filter.js';
export type { PledgeFilter, PledgesApi, VerifiedPledge } from './resources/pledges.js';
export type { VacanciesApi } from './resources/vacancies.js';
export type { VacancyFilter } from './resources/vacancy-filter.js';
export type { FeedChange, Visibility, WatchOptions } from './watch.js';
export {
  baselineOf,
  changeBetween,
  comparableSeries,
  headlineSeries,
  meaningOf,
  trendOf,
  type Change,
  type Movement,
  type Trend,
  type TrendMeaning,
} from './trend.js';
export {
  isDated,
  notComparableWords,
  reasonsNotComparableOverTime,
  whyNotComparableAcrossAreas,
  whyNotComparableOverTime,
  type NotComparableReason,
} from './comparability.js';
export { describePeriod, englishFigures, figureIn, formatValue, periodIn, periodLabel, periodLabelIn, periodPhrase, periodPhraseIn } from './format.js';
export type { FigureLanguage, FigureWords } from './format.js';
export { definitionOf, figureLabel, titleOf } from './labels.js';
export { documentLine, sourceOf, type FigureSource } from './source-line.js';
export { compareAreas, type Comparison, type ComparisonOptions, type ComparisonRole, type ComparisonRow, type MissingReason } from './comparison.js';
export { gapBetween, type Gap } from './gap.js';
export {
  checkLivingWage,
  hourlyMinimum,
  LIVING_WAGE_MAX_AGE_MONTHS,
  livingWageNote,
  livingWageStatus,
  rateInForce,
  STANDARD_WEEK_HOURS,
  usableUntil,
  type LivingWageCheck,
  type LivingWageStatus,
} from './living-wage.js';
export { COMPARISON_DATA, comparisonSpec, defaultComparisonColours, type ComparisonColours } from './vega-lite.js';
export * from './adapters/index.js';
export type * from '@luton2040/schema';
export { safeHttpUrl } from './safe-url.js';
