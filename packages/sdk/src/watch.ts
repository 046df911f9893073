import type { Manifest, ResourceName } from '@luton2040/schema';
import type { Loaded } from './loader.js';
import type { Clock, RequestOptions } from './options.js';
import { reporter } from './report.js';

/** What changed in the feed since the last poll. */
export interface FeedChange {
  /** Resources whose content hash changed (added or removed ones included). */
  changed: ResourceName[];
  manifest: Manifest;
  previous: Manifest;
}

/** Whether the page is hidden, and when that changes. Defaults to `document` in a browser. */
export interface Visibility {
  hidden(): boolean;
  onChange(listener: () => void): () => void;
}

/** How to watch. */
export interface WatchOptions {
  /** Milliseconds between polls of the manifest. Default: 60 000. The shortest of all watchers wins. */
  interval?: number;
  /** Longest wait between polls while the feed keeps failing (the interval doubles). Default: 900 000. */
  maxInterval?: number;
  /**
   * Called when a poll fails (the poller backs off and tries again), when `subscribe` cannot read
   * the changed resource, or when a listener throws. Without it (or when it throws itself) the
   * failure goes to `console.error`, once per cause; it never becomes an unhandled rejection.
   */
  onError?: (error: unknown) => void;
  /** Page visibility (tests, or pages with their own notion of hidden). Default: `document`. */
  visibility?: Visibility;
}

interface Watcher {
  listener: (change: FeedChange) => void;
  options: WatchOptions;
}

/** The part of a client the poller needs. */
export interface ManifestSource {
  loadManifest(request: RequestOptions & { revalidate?: boolean }): Promise<Loaded<Manifest>>;
}

function documentVisibility(): Visibility | undefined {
  const doc = globalThis.document;
  if (!doc) return undefined;
  return {
    hidden: () => doc.visibilityState === 'hidden',
    onChange(listener) {
      doc.addEventListener('visibilitychange', listener);
      return () => doc.removeEventListener('visibilitychange', listener);
    },
  };
}

/** Names of resources whose hash differs between two manifests. */
export function changedResources(previous: Manifest, next: Manifest): ResourceName[] {
  const names = new Set([...Object.keys(previous.resources), ...Object.keys(next.resources)]);
  return [...names].filter((n) => previous.resources[n]?.sha256 !== next.resources[n]?.sha256) as ResourceName[];
}

/**
 * One poller per client, however many widgets watch: it runs while anyone watches, asks for the
 * manifest with its validators (an unchanged manifest costs a 304), and tells watchers only when a
 * resource's hash has changed.
 */
export class Poller {
  readonly #watchers = new Set<Watcher>();
  #controller: AbortController | undefined;
  /** Where failures nobody awaits go: `onError`, else the console once per cause. */
  readonly report = reporter();

  constructor(
    private readonly source: ManifestSource,
    private readonly clock: Clock,
  ) {}

  add(listener: Watcher['listener'], options: WatchOptions): () => void {
    const watcher = { listener, options };
    this.#watchers.add(watcher);
    if (!this.#controller) {
      this.#controller = new AbortController();
      void this.#run(this.#controller.signal);
    }
    return () => {
      this.#watchers.delete(watcher);
      if (this.#watchers.size === 0) {
        this.#controller?.abort();
        this.#controller = undefined;
      }
    };
  }

  #report(error: unknown): void {
    for (const { options } of this.#watchers) this.report(error, options.onError);
  }

  async #run(signal: AbortSignal): Promise<void> {
    let baseline: Manifest | undefined;
    let failures = 0;
    try {
      baseline = (await this.source.loadManifest({ signal })).value;
    } catch {
      // No baseline yet: the first successful poll sets it.
    }
    while (!signal.aborted) {
      const watchers = [...this.#watchers];
      const interval = Math.min(...watchers.map((w) => w.options.interval ?? 60_000));
      const maxInterval = Math.max(interval, ...watchers.map((w) => w.options.maxInterval ?? 900_000));
      try {
        await this.clock.sleep(Math.min(maxInterval, interval * 2 ** failures), signal);
        await this.#whenVisible(watchers.find((w) => w.options.visibility)?.options.visibility ?? documentVisibility(), signal);
        if (signal.aborted) return;
        const { value: manifest, error } = await this.source.loadManifest({ signal, revalidate: true });
        if (error) throw error; // a stale copy came back: the poll failed
        failures = 0;
        const previous = baseline;
        baseline = manifest;
        const changed = previous ? changedResources(previous, manifest) : [];
        if (!previous || changed.length === 0) continue;
        for (const watcher of this.#watchers) {
          try {
            watcher.listener({ changed, manifest, previous });
          } catch (listenerError) {
            this.report(listenerError, watcher.options.onError);
          }
        }
      } catch (error) {
        if (signal.aborted) return;
        failures++;
        this.#report(error);
      }
    }
  }

  /** Resolves at once on a visible page; on a hidden one, when it becomes visible (or watching stops). */
  #whenVisible(visibility: Visibility | undefined, signal: AbortSignal): Promise<void> {
    if (!visibility?.hidden()) return Promise.resolve();
    return new Promise((resolve) => {
      const done = () => {
        off();
        signal.removeEventListener('abort', done);
        resolve();
      };
      const off = visibility.onChange(() => {
        if (!visibility.hidden()) done();
      });
      signal.addEventListener('abort', done, { once: true });
    });
  }
}
