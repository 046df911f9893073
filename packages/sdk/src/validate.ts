import {
  manifestJsonSchema,
  resourceFileJsonSchema,
  schemaIssues,
  type JsonSchema,
  type Manifest,
  type ResourceFile,
  type ResourceName,
  type SchemaIssue,
} from '@luton2040/schema';
import { ValidationError } from './errors.js';
import type { DroppedRecord } from './options.js';

/** Records of a resource that passed validation, and the ones that did not. */
export interface Parsed<T> {
  records: T[];
  dropped: DroppedRecord[];
}

// Checked against JSON Schemas generated from the zod schemas (see @luton2040/schema's check.ts),
// so that no zod code ships to the browser. The checker only reads: valid data is returned as the
// feed sent it, fields this version does not know included.
const problems = async (issues: SchemaIssue[], input: unknown) => (await import('./problems.js')).toProblems(issues, input);

export async function parseManifest(json: unknown, url: string): Promise<Manifest> {
  const issues = schemaIssues(manifestJsonSchema, json);
  if (issues.length === 0) return json as Manifest;
  throw new ValidationError(`The feed manifest at ${url} is not valid`, url, await problems(issues, json));
}

/** A field the value itself holds (never one a page added to Object.prototype), or undefined. */
const own = (value: unknown, key: string): unknown =>
  typeof value === 'object' && value !== null && Object.hasOwn(value, key) ? (value as Record<string, unknown>)[key] : undefined;

/**
 * Validates a resource file record by record: a record that fails is dropped and reported, the
 * others are returned. Only an envelope that is not a resource file at all fails the whole call.
 */
export async function parseResource<T>(name: ResourceName, json: unknown, url: string, schema: JsonSchema): Promise<Parsed<T>> {
  const envelope = schemaIssues(resourceFileJsonSchema, json);
  if (envelope.length > 0) throw new ValidationError(`The ${name} file at ${url} is not a feed resource`, url, await problems(envelope, json));
  const parsed: Parsed<T> = { records: [], dropped: [] };
  for (const [index, item] of (json as ResourceFile).items.entries()) {
    const issues = schemaIssues(schema, item);
    if (issues.length === 0) parsed.records.push(item as T);
    else {
      const id = own(item, 'id');
      const organisation = own(own(item, 'organisation'), 'id');
      parsed.dropped.push({
        resource: name,
        index,
        ...(typeof id === 'string' ? { id } : {}),
        ...(typeof organisation === 'string' ? { organisation } : {}),
        problems: await problems(issues, item),
      });
    }
  }
  return parsed;
}
