/**
 * An API object whose code loads on its first call. Resources a page does not use (pledges,
 * vacancies, the plan) then cost it nothing: a bundler puts each in a chunk of its own.
 */
export function lazyApi<T extends object>(load: () => Promise<T>): T {
  let api: Promise<T> | undefined;
  return new Proxy({} as T, {
    // `then` must stay undefined, or `await client.pledges` would call into the API.
    get: (_, method) =>
      method === 'then'
        ? undefined
        : (...args: unknown[]) => (api ??= load().catch((error) => ((api = undefined), Promise.reject(error)))).then((loaded) => (loaded[method as keyof T] as (...a: unknown[]) => unknown)(...args)),
  });
}
