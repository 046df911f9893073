import { Manifest, ResourceFile, resourceSchemas, toProblems, type ResourceName, type ResourceRecord } from '@luton2040/schema';
import { ValidationError } from './errors.js';
import type { DroppedRecord } from './options.js';

export function parseManifest(json: unknown, url: string): Manifest {
  const result = Manifest.safeParse(json);
  if (!result.success) throw new ValidationError(`The feed manifest at ${url} is not valid`, url, toProblems(result.error.issues, json));
  return result.data;
}

/**
 * Validates a resource file record by record: a record that fails is dropped and reported, the
 * others are returned. Only an envelope that is not a resource file at all fails the whole call.
 */
export function parseResource<N extends ResourceName>(
  name: N,
  json: unknown,
  url: string,
  onDropped: (dropped: DroppedRecord) => void,
): ResourceRecord<N>[] {
  const envelope = ResourceFile.safeParse(json);
  if (!envelope.success) throw new ValidationError(`The ${name} file at ${url} is not a feed resource`, url, toProblems(envelope.error.issues, json));
  const schema = resourceSchemas[name];
  const records: ResourceRecord<N>[] = [];
  envelope.data.items.forEach((item, index) => {
    const result = schema.safeParse(item);
    if (result.success) {
      records.push(result.data as ResourceRecord<N>);
      return;
    }
    const id = (item as { id?: unknown } | null)?.id;
    onDropped({ resource: name, index, ...(typeof id === 'string' ? { id } : {}), problems: toProblems(result.error.issues, item) });
  });
  return records;
}
