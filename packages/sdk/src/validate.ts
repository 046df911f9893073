import { Manifest, ResourceFile, type ResourceName } from '@luton2040/schema';
import type * as z from 'zod/mini';
import { ValidationError } from './errors.js';
import type { DroppedRecord } from './options.js';

/** Records of a resource that passed validation, and the ones that did not. */
export interface Parsed<T> {
  records: T[];
  dropped: DroppedRecord[];
}

type Issues = z.core.$ZodIssue[];
const problems = async (issues: Issues, input: unknown) => (await import('./problems.js')).toProblems(issues, input);

export async function parseManifest(json: unknown, url: string): Promise<Manifest> {
  const result = Manifest.safeParse(json);
  if (result.success) return result.data;
  throw new ValidationError(`The feed manifest at ${url} is not valid`, url, await problems(result.error.issues, json));
}

/**
 * Validates a resource file record by record: a record that fails is dropped and reported, the
 * others are returned. Only an envelope that is not a resource file at all fails the whole call.
 */
export async function parseResource<T>(name: ResourceName, json: unknown, url: string, schema: z.ZodMiniType<T>): Promise<Parsed<T>> {
  const envelope = ResourceFile.safeParse(json);
  if (!envelope.success) throw new ValidationError(`The ${name} file at ${url} is not a feed resource`, url, await problems(envelope.error.issues, json));
  const parsed: Parsed<T> = { records: [], dropped: [] };
  for (const [index, item] of envelope.data.items.entries()) {
    const result = schema.safeParse(item);
    if (result.success) parsed.records.push(result.data);
    else {
      const id = (item as { id?: unknown } | null)?.id;
      parsed.dropped.push({ resource: name, index, ...(typeof id === 'string' ? { id } : {}), problems: await problems(result.error.issues, item) });
    }
  }
  return parsed;
}
