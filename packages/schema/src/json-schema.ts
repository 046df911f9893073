import * as z from 'zod/mini';
import { Manifest, ResourceFile } from './manifest.js';
import { resourceSchemas, type ResourceName } from './resources.js';

/**
 * JSON Schema (draft 2020-12) for one record of every resource, for the manifest and for the
 * resource envelope, so that publishers in other languages can validate what they produce.
 * Kept out of the main entry point: the browser never needs it.
 */
export function jsonSchemas(): Record<ResourceName | 'manifest' | 'resourceFile', unknown> {
  const records = Object.fromEntries(
    Object.entries(resourceSchemas).map(([name, schema]) => [name, z.toJSONSchema(schema)]),
  ) as Record<ResourceName, unknown>;
  return { ...records, manifest: z.toJSONSchema(Manifest), resourceFile: z.toJSONSchema(ResourceFile) };
}
