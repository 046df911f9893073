import { Area, Kpi, SourceDocument, type ResourceName } from '@luton2040/schema';
import type * as z from 'zod/mini';

// The schemas a KPI tile needs (its KPI, the documents it cites, the areas it compares with) are bundled with the client; the others load with the first read
// of their resource, so that a page of tiles never downloads the code to validate pledges or jobs.
const bundled: Partial<Record<ResourceName, z.ZodMiniType>> = { kpis: Kpi, documents: SourceDocument, areas: Area };

/** The record schema of a resource. */
export async function schemaOf(name: ResourceName): Promise<z.ZodMiniType> {
  return bundled[name] ?? (await import('./all-schemas.js')).resourceSchemas[name];
}
