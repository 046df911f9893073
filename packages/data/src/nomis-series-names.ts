import type { NomisSeriesName } from './refresh.js';

/**
 * The NOMIS series `refresh --source nomis` can fetch, for the help text. Kept here rather than read
 * from the SDK's `nomisSeries` so that `--help` loads no dependency; cli-startup.test.ts checks that
 * the two lists agree.
 */
export const nomisSeriesNames: readonly NomisSeriesName[] = ['claimantCount', 'claimantRate', 'employmentRate', 'unemploymentRate', 'jobsDensity', 'totalJobs', 'medianHourlyPay'];
