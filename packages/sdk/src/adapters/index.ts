// Adapters from official and partner sources to feed records; used by the publisher
// (`luton2040-feed refresh`) and usable directly. Nothing here is bundled unless imported.
export { parseCsv } from './csv.js';
export { fetchSourceText, type AdapterFetchOptions } from './source.js';
export {
  fetchNomisSeries,
  NOMIS_API,
  nomisObservations,
  nomisPeriod,
  nomisSeries,
  nomisUrl,
  type Aggregation,
  type NomisArea,
  type NomisObservation,
  type NomisOptions,
  type NomisQuery,
  type NomisResult,
  type NomisSeries,
  type RowPick,
} from './nomis.js';
export {
  extractJobPostings,
  fetchJobPostings,
  guessSector,
  htmlToText,
  vacanciesFromJobPostings,
  type DroppedPosting,
  type JobPosting,
  type JobPostingOptions,
  type JobPostingResult,
} from './job-posting.js';
