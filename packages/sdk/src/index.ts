export { createClient, type LutonClient, type RecordsApi } from './client.js';
export { DEFAULT_FEED_URL, type ClientOptions, type DroppedRecord, type RequestOptions } from './options.js';
export { AbortError, ConnectionError, HttpError, LutonError, NotFoundError, TimeoutError, ValidationError } from './errors.js';
export { headlineSeries, meaningOf, trendOf, type Movement, type Trend, type TrendMeaning } from './trend.js';
export { describePeriod, formatValue } from './format.js';
export type * from '@luton2040/schema';
