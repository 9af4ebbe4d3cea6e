import { nextTurn } from '@hdnd/event-store';

/** How many commands a batch job runs at once: enough for one group commit to carry them. */
export const COMMANDS_AT_ONCE = 32;

/**
 * Runs `work` on every item, `size` at a time, with a turn of the event loop between groups;
 * results in the items' order. For jobs that run a command per case (the deadline sweep, the
 * cases passing to a successor): commands that run together append together and share one
 * commit, where one at a time paid an fsync each; and the turn keeps the api answering while a
 * job goes through thousands of cases, even those where nothing is appended (which on the
 * embedded store never leave the microtask queue).
 */
export const inGroups = async <T, R>(
  items: readonly T[],
  work: (item: T) => Promise<R>,
  size = COMMANDS_AT_ONCE,
): Promise<R[]> => {
  const results: R[] = [];
  for (let from = 0; from < items.length; from += size) {
    if (from > 0) await nextTurn();
    results.push(...(await Promise.all(items.slice(from, from + size).map(work))));
  }
  return results;
};
