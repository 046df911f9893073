export { loadDataset, LUTON, type Dataset, type DatasetSettings, type LoadOptions, type LoadResult } from './load.js';
export { buildFeed, type BuildOptions } from './build.js';
export { importCsv, importKinds, type ImportKind, type ImportResult } from './import.js';
export { formatProblem, type DatasetProblem } from './problems.js';
export { foldForQuote } from './citation.js';
export { parseTimeframe } from './timeframe.js';
