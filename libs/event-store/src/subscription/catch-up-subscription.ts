import type { RecordedEvent } from '../port/envelope';
import type { SubscribeOptions, Subscription } from '../port/event-store';
import { nextTurn } from './next-turn';

/** A position a filtered read went past without decoding its event. */
export interface PassedOver {
  readonly position: bigint;
  readonly passedOver: true;
}

export interface CatchUpSource {
  /** Events with position > `after`, in log order, at most `limit` (filtered ones passed over). */
  readPage(after: bigint, limit: number): Promise<readonly (RecordedEvent | PassedOver)[]>;
  /** Resolves when new events may be there: a local append, a poll tick, or `signal` aborting. */
  waitForMore(signal: AbortSignal): Promise<void>;
}

/**
 * Catch-up then live, as one loop: always read "after the last position delivered" from the log
 * itself. There is no separate live channel to hand over to, so no event can fall between
 * catch-up and live, and none can be delivered twice.
 */
export const catchUpSubscription = (
  source: CatchUpSource,
  options: SubscribeOptions = {},
  pageSize = 500,
): Subscription => {
  const stop = new AbortController();
  let last = options.afterPosition ?? 0n;

  async function* deliver(): AsyncGenerator<RecordedEvent> {
    while (!stop.signal.aborted) {
      const page = await source.readPage(last, pageSize);
      for (const event of page) {
        if (stop.signal.aborted) return;
        last = event.position;
        if ('passedOver' in event) continue;
        yield event;
      }
      if (page.length < pageSize) {
        options.onCaughtUp?.(last);
        await source.waitForMore(stop.signal);
      } else {
        // A store that reads synchronously resolves every page at once: see nextTurn.
        await nextTurn();
      }
    }
  }

  let started = false;
  return {
    [Symbol.asyncIterator]() {
      if (started) throw new Error('A subscription can be iterated once.');
      started = true;
      return deliver();
    },
    async close() {
      stop.abort();
    },
  };
};

/**
 * A subscription its store keeps in `open` until closed, so that closing the store can close
 * every subscription still running.
 */
export const tracked = (open: Set<Subscription>, subscription: Subscription): Subscription => {
  open.add(subscription);
  return {
    [Symbol.asyncIterator]: () => subscription[Symbol.asyncIterator](),
    close: async () => {
      open.delete(subscription);
      await subscription.close();
    },
  };
};
