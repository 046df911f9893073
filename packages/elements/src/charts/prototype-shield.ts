/**
 * Vega walks its own objects with `for...in`, so an enumerable property that the host page added
 * to Object.prototype (old CMS plugins add `extend`, `clone`...) reaches every loop: the parser
 * then assigns into strings and throws, and the chart falls back to plain bars. Vega cannot be
 * changed, nor run in a realm of its own from a CDN script (a worker must be same-origin), so
 * while Vega works the page's additions are made non-enumerable, and restored exactly afterwards:
 * their values never change and stay readable; only `for...in` stops seeing them, for the few
 * milliseconds a chart takes to draw. Nested and concurrent uses share one shield.
 */
const prototypes = [Object.prototype, Array.prototype];
let depth = 0;
let hidden: [object, PropertyKey][] = [];

function hide(): void {
  for (const prototype of prototypes) {
    for (const key of Object.keys(prototype)) {
      const descriptor = Object.getOwnPropertyDescriptor(prototype, key);
      if (!descriptor?.configurable) continue; // cannot be hidden; Vega may fail, and the HTML bars stay
      Object.defineProperty(prototype, key, { ...descriptor, enumerable: false });
      hidden.push([prototype, key]);
    }
  }
}

function restore(): void {
  for (const [prototype, key] of hidden) {
    const descriptor = Object.getOwnPropertyDescriptor(prototype, key);
    // The page may have changed or deleted it meanwhile: keep what it did, only make it enumerable again.
    if (descriptor?.configurable && !descriptor.enumerable) Object.defineProperty(prototype, key, { ...descriptor, enumerable: true });
  }
  hidden = [];
}

function leave(): void {
  if (--depth === 0) restore();
}

/**
 * Runs `work` (Vega's parse, run or render) with the page's prototype additions out of `for...in`:
 * until it returns, or until the promise it returns settles.
 */
export function shielded<T>(work: () => T): T {
  if (depth++ === 0) hide();
  let result: T;
  try {
    result = work();
  } catch (error) {
    leave();
    throw error;
  }
  if (result instanceof Promise) return result.finally(leave) as T;
  leave();
  return result;
}
