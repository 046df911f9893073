import type { Pledge } from '@luton2040/schema';

/**
 * The pledge that stands for an organisation: its newest by `madeOn` (an organisation renews its
 * pledge by making a new one). `undefined` for an empty list.
 */
export function newestPledge(pledges: readonly Pledge[]): Pledge | undefined {
  return pledges.reduce<Pledge | undefined>((newest, p) => (!newest || p.madeOn > newest.madeOn ? p : newest), undefined);
}
