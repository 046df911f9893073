import type { ResourceName, ResourceRecord } from '@luton2040/schema';
import { NotFoundError } from '../errors.js';
import type { RequestOptions } from '../options.js';

/** What resource APIs need of a client. */
export interface Reader {
  resource<N extends ResourceName>(name: N, request?: RequestOptions): Promise<ResourceRecord<N>[]>;
}

/** A resource read whole. */
export interface ListApi<T> {
  /** Every valid record of the resource. */
  list(request?: RequestOptions): Promise<T[]>;
}

/** A resource whose records have ids, with the two calls every such resource has. */
export interface RecordsApi<T> extends ListApi<T> {
  /** One record by id; throws `NotFoundError` when there is none. */
  get(id: string, request?: RequestOptions): Promise<T>;
}

export function listApi<N extends ResourceName>(client: Reader, name: N): ListApi<ResourceRecord<N>> {
  return { list: (request) => client.resource(name, request) };
}

/** `key` names the field that identifies a record (`id` for most, `band` for MIS bands). */
export function recordsApi<N extends ResourceName>(client: Reader, name: N, key = 'id'): RecordsApi<ResourceRecord<N>> {
  return {
    list: (request) => client.resource(name, request),
    get: async (id, request) => find(await client.resource(name, request), name, id, key),
  };
}

/** The record whose `key` is `id`, or a `NotFoundError`. */
export function find<T>(records: readonly T[], resource: string, id: string, key = 'id'): T {
  const found = records.find((record) => (record as Record<string, unknown>)[key] === id);
  if (!found) throw new NotFoundError(resource, id);
  return found;
}
