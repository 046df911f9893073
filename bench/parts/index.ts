/** Every part of the suite, in the order `npm run bench` runs them. */
import { chartPart } from './chart.js';
import { cliPart } from './cli.js';
import { clsPart } from './cls.js';
import { lazyChartPart } from './lazy-chart.js';
import { feedDir } from '../lib/paths.js';
import type { Part } from './part.js';
import { scriptPart } from './script.js';
import { sdkPart } from './sdk.js';
import { tilePart } from './tile.js';
import { tiles500Part } from './tiles-500.js';
import { trackerPart } from './tracker.js';

const integrityPart = scriptPart('integrity', 'SHA-256 integrity check: its cost beside JSON.parse, in Node and Chromium', 'integrity.mjs', { args: [feedDir] });
const faultsPart = scriptPart('faults', 'Faults: time until a hanging feed gives up, requests a redirect loop costs', 'faults.mjs', { nodeOnly: true });

export const parts: Part[] = [tilePart, tiles500Part, chartPart, trackerPart, clsPart, lazyChartPart, cliPart, sdkPart, integrityPart, faultsPart];
