/**
 * Requests in a row: how many round trips a page waits through before something shows. Request B
 * follows request A when B reached the server only after A's response had left it; the chain is
 * the longest run of such requests. The suite holds every response back by a fixed latency while
 * it measures this, so that requests made together (a module's imports) never look sequential.
 */

export interface TimedRequest {
  path: string;
  arrived: number;
  finished: number;
}

/** The longest chain of requests each made after the one before it was answered, in order. */
export function longestChain<T extends TimedRequest>(requests: readonly T[]): T[] {
  const done = requests.filter((r) => Number.isFinite(r.finished)).sort((a, b) => a.arrived - b.arrived);
  const length: number[] = [];
  const previous: number[] = [];
  done.forEach((request, i) => {
    length[i] = 1;
    previous[i] = -1;
    for (let j = 0; j < i; j += 1) {
      if (done[j]!.finished <= request.arrived && length[j]! + 1 > length[i]!) {
        length[i] = length[j]! + 1;
        previous[i] = j;
      }
    }
  });
  let end = length.indexOf(Math.max(...length));
  const chain: T[] = [];
  while (end >= 0) {
    chain.unshift(done[end]!);
    end = previous[end]!;
  }
  return chain;
}
