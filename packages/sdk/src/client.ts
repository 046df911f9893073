import type {
  Area,
  EssPriority,
  Luton2040Priority,
  Manifest,
  MisBand,
  Organisation,
  PledgeSchemeItem,
  ResourceName,
  ResourceRecord,
  Sector,
  Setting,
  SourceDocument,
  StatusReport,
} from '@luton2040/schema';
import { AbortError, LutonError } from './errors.js';
import { deadlineIn, Loader, type Deadline, type Loaded } from './loader.js';
import { resolveOptions, type ClientOptions, type DroppedRecord, type RequestOptions, type ResolvedOptions } from './options.js';
import { lazyApi } from './resources/lazy.js';
import { kpisApi, type KpisApi } from './resources/kpis.js';
import { listApi, recordsApi, type ListApi, type RecordsApi } from './resources/records.js';
import type { ActionsApi, ActivitiesApi } from './resources/activities.js';
import type { PledgesApi } from './resources/pledges.js';
import type { VacanciesApi } from './resources/vacancies.js';
import { schemaOf } from './schemas.js';
import { parseManifest, parseResource, type Parsed } from './validate.js';
import type { FeedChange, Poller, WatchOptions } from './watch.js';

/** Data with how far it can be trusted: what `read` returns. */
export interface ReadResult<T> {
  data: T;
  /**
   * True when the data is older than the feed allows: the feed could not be reached (then `error`
   * says why) or a fresh copy is being fetched in the background (stale-while-revalidate).
   */
  stale: boolean;
  /** When the feed last confirmed the data (ms since the epoch). */
  fetchedAt: number;
  /** The feed version the data belongs to (the manifest's `version`). */
  version: string;
  /** The date the data speaks for (the manifest's `dataDate`). */
  dataDate: string;
  /** True when the resource holds sample (made-up) records; widgets must say so. */
  sample: boolean;
  /** Why a stale copy was served instead of a fresh one. */
  error?: LutonError;
  /** Records left out because they failed validation. */
  dropped: readonly DroppedRecord[];
}

/** Stops a `watch` or `subscribe`. */
export type Unsubscribe = () => void;

/** The client every widget and app uses to read the strategy feed. */
export interface LutonClient {
  /** Address of the feed manifest this client reads. */
  readonly feedUrl: string;
  /** The feed's manifest: its version, data date and resource files. */
  manifest(request?: RequestOptions): Promise<Manifest>;
  /** A resource's valid records with their freshness: `stale`, `fetchedAt`, `version`, dropped records. */
  read<N extends ResourceName>(name: N, request?: RequestOptions): Promise<ReadResult<ResourceRecord<N>[]>>;
  /** A resource's valid records, by name. */
  resource<N extends ResourceName>(name: N, request?: RequestOptions): Promise<ResourceRecord<N>[]>;
  /** KPIs and headline measures, their observations and comparators. */
  readonly kpis: KpisApi;
  /** Comparator areas (GSS codes, groups and their members). */
  readonly areas: RecordsApi<Area>;
  /** The four strategic priorities of the Employment & Skills Strategy. */
  readonly essPriorities: RecordsApi<EssPriority>;
  /** The five Luton 2040 priorities with their outcomes and 2028 developments. */
  readonly luton2040Priorities: RecordsApi<Luton2040Priority>;
  /** Source documents that the feed's facts cite. */
  readonly documents: RecordsApi<SourceDocument>;
  /** Delivery owners and partners. */
  readonly organisations: RecordsApi<Organisation>;
  /** The ESS priority sectors. */
  readonly sectors: RecordsApi<Sector>;
  /** Minimum Income Standard bands, by band letter. */
  readonly misBands: RecordsApi<MisBand>;
  /** Feed settings (e.g. `plan-year-1-start`), by key. */
  readonly settings: RecordsApi<Setting>;
  /** Entries of the two pledge schemes. */
  readonly pledgeSchemes: RecordsApi<PledgeSchemeItem>;
  /** Every status report of every activity. */
  readonly statusReports: ListApi<StatusReport>;
  /** The Implementation Plan's headline actions. */
  readonly actions: ActionsApi;
  /** Key delivery activities with filters and status history. */
  readonly activities: ActivitiesApi;
  /** Organisations' pledges, verified against the registry key. */
  readonly pledges: PledgesApi;
  /** Live vacancies with filters. */
  readonly vacancies: VacanciesApi;
  /**
   * Polls the small manifest and calls `listener` when resources change (their hash), backing off
   * on errors and pausing while the page is hidden. All watchers of a client share one poller.
   */
  watch(listener: (change: FeedChange) => void, options?: WatchOptions): Unsubscribe;
  /** Calls `listener` with the new records each time one resource changes. */
  subscribe<N extends ResourceName>(
    name: N,
    listener: (result: ReadResult<ResourceRecord<N>[]>) => void,
    options?: WatchOptions,
  ): Unsubscribe;
}

/** Creates a client. One client shares its cache and in-flight requests among all its callers. */
export function createClient(options: ClientOptions = {}): LutonClient {
  return new FeedClient(resolveOptions(options));
}

type AnyResult = ReadResult<unknown[]>;

class FeedClient implements LutonClient {
  readonly feedUrl: string;
  readonly kpis = kpisApi(this);
  readonly areas = recordsApi(this, 'areas');
  readonly essPriorities = recordsApi(this, 'essPriorities');
  readonly luton2040Priorities = recordsApi(this, 'luton2040Priorities');
  readonly documents = recordsApi(this, 'documents');
  readonly organisations = recordsApi(this, 'organisations');
  readonly sectors = recordsApi(this, 'sectors');
  readonly misBands = recordsApi(this, 'misBands', 'band');
  readonly settings = recordsApi(this, 'settings', 'key');
  readonly pledgeSchemes = recordsApi(this, 'pledgeSchemes');
  readonly statusReports = listApi(this, 'statusReports');
  readonly actions: ActionsApi = lazyApi(() => import('./resources/activities.js').then((m) => m.actionsApi(this)));
  readonly activities: ActivitiesApi = lazyApi(() => import('./resources/activities.js').then((m) => m.activitiesApi(this)));
  readonly pledges: PledgesApi = lazyApi(() => import('./resources/pledges.js').then((m) => m.pledgesApi(this, this.options)));
  readonly vacancies: VacanciesApi = lazyApi(() => import('./resources/vacancies.js').then((m) => m.vacanciesApi(this, this.options)));

  readonly #loader: Loader;
  /** The last good read of each resource, served (stale) when a newer snapshot cannot be had. */
  readonly #last = new Map<ResourceName, { url: string; result: AnyResult }>();
  #poller: Promise<Poller> | undefined;

  constructor(readonly options: ResolvedOptions) {
    this.feedUrl = options.feedUrl;
    this.#loader = new Loader(options);
  }

  async manifest(request: RequestOptions = {}): Promise<Manifest> {
    return (await this.loadManifest(request)).value;
  }

  /** The manifest with its freshness; `revalidate` asks the feed even when the kept copy is fresh. */
  loadManifest(request: RequestOptions & { revalidate?: boolean; within?: Deadline } = {}): Promise<Loaded<Manifest>> {
    const deadline = request.within ?? deadlineIn(request.deadline ?? this.options.deadline);
    return this.#loader.load(this.feedUrl, { ...request, deadline, parse: (body) => parseManifest(body, this.feedUrl) });
  }

  async read<N extends ResourceName>(name: N, request: RequestOptions = {}): Promise<ReadResult<ResourceRecord<N>[]>> {
    // One deadline for the manifest and the file together: the caller hears within it, whatever fails.
    const deadline = deadlineIn(request.deadline ?? this.options.deadline);
    const manifest = await this.loadManifest({ ...request, within: deadline });
    const { version, dataDate, resources } = manifest.value;
    // Own properties only: a page's additions to Object.prototype are not resources.
    const entry = Object.hasOwn(resources, name) ? resources[name] : undefined;
    if (!entry) throw new LutonError(`The feed at ${this.feedUrl} has no "${name}" resource`, this.feedUrl);
    // Relative to where the manifest really is (after redirects), as the publisher wrote it.
    const url = new URL(entry.url, new URL(manifest.url, globalThis.location?.href)).href;
    const last = this.#last.get(name);
    let result: AnyResult;
    try {
      const schema = await schemaOf(name);
      const loaded = await this.#loader.load(url, {
        ...request,
        deadline,
        immutable: true,
        sha256: entry.sha256,
        parse: async (body): Promise<Parsed<unknown>> => {
          const parsed = await parseResource(name, body, url, schema);
          for (const dropped of parsed.dropped) {
            try {
              this.options.onDroppedRecord(dropped);
            } catch (error) {
              console.error('[luton2040] onDroppedRecord threw:', error); // the good records are still returned
            }
          }
          return parsed;
        },
      });
      const { records, dropped } = loaded.value;
      result = {
        data: records,
        stale: manifest.stale || loaded.stale,
        fetchedAt: manifest.fetchedAt,
        version,
        dataDate,
        sample: (Object.hasOwn(entry, 'sample') ? entry.sample : undefined) ?? manifest.value.sample,
        dropped,
        ...(manifest.error ? { error: manifest.error } : {}),
      };
    } catch (error) {
      if (!last || last.url === url || error instanceof AbortError) throw error;
      return { ...last.result, stale: true, error: error as LutonError } as ReadResult<ResourceRecord<N>[]>;
    }
    if (last && last.url !== url) this.#loader.forget(last.url);
    this.#last.set(name, { url, result });
    return result as ReadResult<ResourceRecord<N>[]>;
  }

  async resource<N extends ResourceName>(name: N, request?: RequestOptions): Promise<ResourceRecord<N>[]> {
    return (await this.read(name, request)).data;
  }

  watch(listener: (change: FeedChange) => void, options: WatchOptions = {}): Unsubscribe {
    let stop: Unsubscribe | undefined;
    let stopped = false;
    this.#poller ??= import('./watch.js').then((m) => new m.Poller(this, this.options.clock));
    this.#poller.then(
      (poller) => {
        if (!stopped) stop = poller.add(listener, options);
      },
      (error: unknown) => {
        // The live-update code could not be loaded (offline, a CDN hiccup): say so, and try again next time.
        this.#poller = undefined;
        try {
          (options.onError ?? console.error)(error);
        } catch (thrown) {
          console.error(thrown);
        }
      },
    );
    return () => {
      stopped = true;
      stop?.();
    };
  }

  subscribe<N extends ResourceName>(name: N, listener: (result: ReadResult<ResourceRecord<N>[]>) => void, options: WatchOptions = {}): Unsubscribe {
    return this.watch((change) => {
      if (!change.changed.includes(name)) return;
      // Nobody awaits a reload: its failure, or the listener's, goes where the poller's own go.
      this.read(name)
        .then(listener)
        .catch((error: unknown) => this.#poller?.then((poller) => poller.report(error, options.onError)));
    }, options);
  }
}

export type { FeedClient };
