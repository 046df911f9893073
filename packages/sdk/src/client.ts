import type { Area, EssPriority, Kpi, Manifest, ResourceName, ResourceRecord, SourceDocument } from '@luton2040/schema';
import { AbortError, LutonError, NotFoundError } from './errors.js';
import { resolveOptions, type ClientOptions, type RequestOptions, type ResolvedOptions } from './options.js';
import { getJson } from './transport.js';
import { parseManifest, parseResource } from './validate.js';

/** A resource whose records have ids, with the two calls every such resource has. */
export interface RecordsApi<T> {
  /** Every valid record of the resource. */
  list(request?: RequestOptions): Promise<T[]>;
  /** One record by id; throws `NotFoundError` when there is none. */
  get(id: string, request?: RequestOptions): Promise<T>;
}

/** The client every widget and app uses to read the strategy feed. */
export interface LutonClient {
  /** Address of the feed manifest this client reads. */
  readonly feedUrl: string;
  /** The feed's manifest: its version, data date and resource files. */
  manifest(request?: RequestOptions): Promise<Manifest>;
  /** Every valid record of a resource, by name. */
  resource<N extends ResourceName>(name: N, request?: RequestOptions): Promise<ResourceRecord<N>[]>;
  readonly kpis: RecordsApi<Kpi>;
  readonly areas: RecordsApi<Area>;
  readonly essPriorities: RecordsApi<EssPriority>;
  readonly documents: RecordsApi<SourceDocument>;
}

/** Creates a client. One client shares its cache and in-flight requests among all its callers. */
export function createClient(options: ClientOptions = {}): LutonClient {
  return new FeedClient(resolveOptions(options));
}

class FeedClient implements LutonClient {
  readonly feedUrl: string;
  readonly kpis = this.records('kpis');
  readonly areas = this.records('areas');
  readonly essPriorities = this.records('essPriorities');
  readonly documents = this.records('documents');

  #manifest: { value: Promise<Manifest>; fetchedAt: number } | undefined;
  // Resource files are immutable (their names carry a content hash): once read, they are kept.
  readonly #resources = new Map<string, Promise<unknown[]>>();

  constructor(private readonly options: ResolvedOptions) {
    this.feedUrl = options.feedUrl;
  }

  manifest(request: RequestOptions = {}): Promise<Manifest> {
    const now = this.options.now();
    if (!this.#manifest || now - this.#manifest.fetchedAt > this.options.manifestMaxAge) {
      const url = this.feedUrl;
      const value = getJson(url, this.options, { timeout: request.timeout ?? this.options.timeout }).then((json) => parseManifest(json, url));
      this.#manifest = { value, fetchedAt: now };
      // A failed manifest must not be served from the cache to the next caller.
      value.catch(() => {
        if (this.#manifest?.value === value) this.#manifest = undefined;
      });
    }
    return withSignal(this.#manifest.value, request.signal, this.feedUrl);
  }

  async resource<N extends ResourceName>(name: N, request: RequestOptions = {}): Promise<ResourceRecord<N>[]> {
    const manifest = await this.manifest(request);
    const entry = manifest.resources[name];
    if (!entry) throw new LutonError(`The feed at ${this.feedUrl} has no "${name}" resource`, this.feedUrl);
    const url = new URL(entry.url, new URL(this.feedUrl, globalThis.location?.href)).href;
    let records = this.#resources.get(url);
    if (!records) {
      records = getJson(url, this.options, { timeout: request.timeout ?? this.options.timeout }).then((json) =>
        parseResource(name, json, url, this.options.onDroppedRecord),
      );
      this.#resources.set(url, records);
      records.catch(() => this.#resources.delete(url));
    }
    return withSignal(records as Promise<ResourceRecord<N>[]>, request.signal, url);
  }

  private records<N extends 'kpis' | 'areas' | 'essPriorities' | 'documents'>(name: N): RecordsApi<ResourceRecord<N>> {
    return {
      list: (request) => this.resource(name, request),
      get: async (id, request) => {
        const found = (await this.resource(name, request)).find((record) => record.id === id);
        if (!found) throw new NotFoundError(name, id);
        return found;
      },
    };
  }
}

/**
 * Lets one caller stop waiting without cancelling the shared request that other callers (other
 * widgets on the page) are also waiting for.
 */
function withSignal<T>(promise: Promise<T>, signal: AbortSignal | undefined, url: string): Promise<T> {
  if (!signal) return promise;
  return new Promise<T>((resolve, reject) => {
    const abort = () => reject(new AbortError(url, signal.reason));
    if (signal.aborted) return abort();
    signal.addEventListener('abort', abort, { once: true });
    promise.then(resolve, reject).finally(() => signal.removeEventListener('abort', abort));
  });
}
