import { setImmediate as nextTurn } from 'node:timers/promises';

/**
 * Groups what a subscription delivers into batches of what has arrived while the previous batch
 * was being applied: one event when the log is quiet (no added latency), up to `max` under load
 * or during catch-up, so the runner pays one transaction per batch instead of one per event.
 * At most `max` items wait in memory: reading pauses until the batch is taken.
 */
export async function* batches<T>(source: AsyncIterable<T>, max: number): AsyncGenerator<T[]> {
  const waiting: T[] = [];
  let ended = false;
  let abandoned = false;
  let failure: { error: unknown } | undefined;
  let wakeTaker: (() => void) | undefined;
  let wakeReader: (() => void) | undefined;
  const wake = () => {
    wakeTaker?.();
    wakeTaker = undefined;
  };

  const reading = (async () => {
    try {
      for await (const item of source) {
        if (abandoned) return;
        waiting.push(item);
        wake();
        if (waiting.length >= max) await new Promise<void>((resolve) => (wakeReader = resolve));
      }
    } catch (error) {
      failure = { error };
    } finally {
      ended = true;
      wake();
    }
  })();

  try {
    while (waiting.length > 0 || !ended) {
      if (waiting.length === 0) {
        await new Promise<void>((resolve) => (wakeTaker = resolve));
        continue;
      }
      // A subscription delivers a page of the log in one go: let the rest of it arrive first.
      if (waiting.length < max && !ended) await nextTurn();
      const batch = waiting.splice(0, max);
      wakeReader?.();
      wakeReader = undefined;
      yield batch;
    }
    await reading;
    if (failure) throw failure.error;
  } finally {
    // The taker left early (it failed): let the reading end at its next item instead of waiting.
    abandoned = true;
    wakeReader?.();
  }
}
