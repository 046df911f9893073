import { areasJsonSchema, documentsJsonSchema, kpisJsonSchema, type JsonSchema, type ResourceName } from '@luton2040/schema';

// The schemas a KPI tile needs (its KPI, the documents it cites, the areas it compares with) are bundled with the client; the others load with the first read
// of their resource, so that a page of tiles never downloads the schemas of pledges or jobs.
const bundled = { kpis: kpisJsonSchema, documents: documentsJsonSchema, areas: areasJsonSchema };

/** The resources whose schemas are bundled with the client. */
export type BundledResource = keyof typeof bundled;

/** The JSON Schema of one record of a resource. */
export async function schemaOf(name: ResourceName): Promise<JsonSchema> {
  return Object.hasOwn(bundled, name)
    ? bundled[name as BundledResource]
    : (await import('./all-schemas.js')).otherSchemas[name as Exclude<ResourceName, BundledResource>];
}
