import * as z from 'zod/mini';
import { Citation, NonEmpty } from './primitives.js';

/** The ESS's priority growth sectors ("Sectors Driving Luton Growth and COVID-19 Recovery"). */
export const SectorId = z.enum([
  'aerospace-aviation',
  'advanced-manufacturing-automotive-engineering',
  'creative-arts-media',
  'construction',
  'health-social-care',
  'ict',
  'green-economy',
]);
export type SectorId = z.infer<typeof SectorId>;

/** A priority sector with the strategy's own name for it. */
export const Sector = z.object({
  id: SectorId,
  /** Position in the strategy's list, from 1. */
  order: z.number().check(z.int(), z.minimum(1)),
  name: NonEmpty,
  citation: Citation,
});
export type Sector = z.infer<typeof Sector>;
