// A local HTTP server for tests, with faults on demand: delays, error statuses, Retry-After,
// malformed bodies, bodies that stall half-way, connection resets, conditional requests. Binds 127.0.0.1 only and counts
// every request per path so that tests can prove de-duplication and revalidation.
import { createServer, type IncomingHttpHeaders, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/** One answer: a status, headers and body, or a fault. */
export interface Reply {
  status?: number;
  headers?: Record<string, string>;
  /** A string is sent as is (so malformed JSON can be sent); anything else as JSON. */
  body?: unknown;
  /** Milliseconds to wait before answering (a slow or stalled server). */
  delay?: number;
  /** Drop the connection without answering. */
  reset?: boolean;
  /** Send the headers and this many bytes of the body, then stall without ever finishing it. */
  stallAfter?: number;
}

/** A fixed reply, a sequence (one per request, the last repeating), or a function of the request. */
export type Route = Reply | Reply[] | ((request: { headers: IncomingHttpHeaders; count: number }) => Reply);

export interface TestServer {
  readonly origin: string;
  url(path: string): string;
  /** Requests made to a path so far. */
  hits(path: string): number;
  /** Every request, in order, with its headers. */
  readonly log: { path: string; headers: IncomingHttpHeaders }[];
  route(path: string, route: Route): void;
  close(): Promise<void>;
}

export async function startServer(routes: Record<string, Route> = {}): Promise<TestServer> {
  const table = new Map(Object.entries(routes));
  const counts = new Map<string, number>();
  const log: TestServer['log'] = [];
  const timers = new Set<NodeJS.Timeout>();
  const server = createServer((request, response: ServerResponse) => {
    const path = new URL(request.url ?? '/', 'http://x').pathname;
    const count = (counts.get(path) ?? 0) + 1;
    counts.set(path, count);
    log.push({ path, headers: request.headers });
    const route = table.get(path);
    const reply: Reply =
      route === undefined
        ? { status: 404, body: { error: 'not found' } }
        : typeof route === 'function'
          ? route({ headers: request.headers, count })
          : Array.isArray(route)
            ? (route[Math.min(count, route.length) - 1] ?? {})
            : route;
    const answer = () => {
      if (reply.reset) return void request.socket.destroy();
      const body = reply.body === undefined ? '' : typeof reply.body === 'string' ? reply.body : JSON.stringify(reply.body);
      response.writeHead(reply.status ?? 200, { 'content-type': 'application/json', ...reply.headers });
      if (reply.stallAfter !== undefined) return void response.write(Buffer.from(body).subarray(0, reply.stallAfter));
      response.end(reply.status === 304 ? undefined : body);
    };
    if (!reply.delay) return answer();
    const timer = setTimeout(() => (timers.delete(timer), answer()), reply.delay);
    timers.add(timer);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    origin,
    url: (path) => origin + path,
    hits: (path) => counts.get(path) ?? 0,
    log,
    route: (path, route) => void table.set(path, route),
    close: () =>
      new Promise<void>((resolve) => {
        for (const timer of timers) clearTimeout(timer);
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** A route that answers 200 with an ETag, and 304 when the client sends it back. */
export function etagged(body: unknown, etag = '"v1"', headers: Record<string, string> = {}): Route {
  return ({ headers: request }) =>
    request['if-none-match'] === etag ? { status: 304, headers: { etag, ...headers } } : { body, headers: { etag, ...headers } };
}
