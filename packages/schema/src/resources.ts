import type * as z from 'zod/mini';
import { Area } from './area.js';
import { SourceDocument } from './document.js';
import { Kpi } from './kpi.js';
import { EssPriority } from './priority.js';

/** Every resource a feed publishes, with the schema of one of its records. */
export const resourceSchemas = {
  documents: SourceDocument,
  areas: Area,
  essPriorities: EssPriority,
  kpis: Kpi,
} as const satisfies Record<string, z.ZodMiniType>;

export type ResourceName = keyof typeof resourceSchemas;
/** The record type of a resource, e.g. `ResourceRecord<'kpis'>` is `Kpi`. */
export type ResourceRecord<N extends ResourceName> = z.infer<(typeof resourceSchemas)[N]>;
