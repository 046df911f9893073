/** Hands a failure that no caller awaits to whoever should hear of it. */
export type Report = (error: unknown, onError?: (error: unknown) => void) => void;

/**
 * Failures in the background (a poll, a reload for `subscribe`, a listener that throws) have no
 * caller to reject: they go to the watcher's `onError`, and without one (or when `onError` itself
 * throws) to `console.error`, once per cause, so that a feed failing every minute for a day logs
 * one line and never becomes an unhandled rejection. One reporter per client.
 */
export function reporter(): Report {
  const logged = new Set<string>();
  return (error, onError) => {
    let errors = [error];
    if (onError) {
      try {
        return onError(error);
      } catch (thrown) {
        errors = [thrown, error];
      }
    }
    const cause = errors.map((e) => (e instanceof Error ? `${e.name}: ${e.message}` : String(e))).join(' / ');
    if (logged.has(cause)) return;
    if (logged.size >= 100) logged.clear(); // bounded: a long-lived page must not grow it for ever
    logged.add(cause);
    console.error(
      errors.length > 1 ? '[luton2040] onError threw while handling a failed live update:' : '[luton2040] a live update failed (give watch or subscribe an onError to handle it):',
      ...errors,
    );
  };
}
