import type { CacheEntry, CacheStore } from './store.js';

/**
 * A store in the browser's `localStorage`, so that a returning visitor sees data at once and
 * offline. Storage may be missing (Node, some privacy modes), refuse access, or be full: then the
 * store quietly keeps nothing, and the client works from the network as without it.
 */
export function localStorageStore(options: { prefix?: string; storage?: Storage } = {}): CacheStore {
  const prefix = options.prefix ?? 'luton2040:';
  const storage = (): Storage | undefined => {
    try {
      return options.storage ?? globalThis.localStorage;
    } catch {
      return undefined; // a sandboxed iframe throws on the mere access
    }
  };
  const ours = (s: Storage) =>
    Array.from({ length: s.length }, (_, i) => s.key(i)).filter((k): k is string => !!k?.startsWith(prefix));
  return {
    get(key) {
      try {
        const text = storage()?.getItem(prefix + key);
        return text ? (JSON.parse(text) as CacheEntry) : undefined;
      } catch {
        return undefined;
      }
    },
    set(key, entry) {
      const s = storage();
      if (!s) return;
      const text = JSON.stringify(entry);
      try {
        s.setItem(prefix + key, text);
      } catch {
        // Full: our older entries are the ones to give up, never the host page's.
        try {
          for (const k of ours(s)) if (k !== prefix + key) s.removeItem(k);
          s.setItem(prefix + key, text);
        } catch {
          /* still full: keep nothing */
        }
      }
    },
    delete(key) {
      try {
        storage()?.removeItem(prefix + key);
      } catch {
        /* unavailable storage has nothing to delete */
      }
    },
  };
}
