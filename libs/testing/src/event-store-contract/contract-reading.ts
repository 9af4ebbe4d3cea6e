import type { RecordedEvent } from '@hdnd/event-store';
import { collect, newEvent, type StoreUnderTest } from './contract-support';

/** Reads of a stream and of the whole log, and catch-up subscriptions. */
export const readingContract = (current: StoreUnderTest): void => {
  let store: ReturnType<StoreUnderTest>;
  beforeEach(() => {
    store = current();
  });

  describe('reading', () => {
    const fill = async (count: number) => {
      const events = Array.from({ length: count }, (_, n) => newEvent('T', { n }));
      await store.append('r-1', events.slice(0, count / 2), { expectedRevision: 'no-stream' });
      await store.append('r-2', events.slice(count / 2), { expectedRevision: 'no-stream' });
      return events;
    };

    it('reads the whole log in append order across pages, forwards and backwards', async () => {
      const events = await fill(2400);
      const forwards = await collect(store.readAll());
      expect(forwards.map((e) => e.eventId)).toEqual(events.map((e) => e.eventId));
      const positions = forwards.map((e) => e.position);
      expect(positions.every((p, i) => i === 0 || p > positions[i - 1]!)).toBe(true);
      const backwards = await collect(store.readAll({ direction: 'backwards' }));
      expect(backwards.map((e) => e.eventId)).toEqual(events.map((e) => e.eventId).reverse());
    });

    it('pages the log from a position with a maximum count', async () => {
      await fill(20);
      const all = await collect(store.readAll());
      const page = await collect(store.readAll({ fromPosition: all[5]!.position, maxCount: 4 }));
      expect(page.map((e) => e.position)).toEqual(all.slice(5, 9).map((e) => e.position));
      const back = await collect(
        store.readAll({ fromPosition: all[5]!.position, direction: 'backwards', maxCount: 3 }),
      );
      expect(back.map((e) => e.position)).toEqual(
        all
          .slice(3, 6)
          .map((e) => e.position)
          .reverse(),
      );
    });

    it('reads one stream forwards, backwards, from a revision, with a maximum count', async () => {
      await fill(3000);
      const stream = await collect(store.readStream('r-2'));
      expect(stream).toHaveLength(1500);
      expect(stream.map((e) => Number(e.revision))).toEqual(
        Array.from({ length: 1500 }, (_, i) => i),
      );
      const slice = await collect(store.readStream('r-2', { fromRevision: 1200n, maxCount: 5 }));
      expect(slice.map((e) => e.revision)).toEqual([1200n, 1201n, 1202n, 1203n, 1204n]);
      const last = await collect(store.readStream('r-2', { direction: 'backwards', maxCount: 2 }));
      expect(last.map((e) => e.revision)).toEqual([1499n, 1498n]);
    });

    it('yields nothing for a stream that does not exist', async () => {
      expect(await collect(store.readStream('nowhere'))).toEqual([]);
    });
  });

  describe('subscription', () => {
    const take = async (subscription: AsyncIterable<RecordedEvent>, count: number) => {
      const out: RecordedEvent[] = [];
      for await (const e of subscription) {
        out.push(e);
        if (out.length === count) break;
      }
      return out;
    };

    it('catches up, then delivers live events, each once and in order', async () => {
      const before = [newEvent('T', { n: 0 }), newEvent('T', { n: 1 })];
      await store.append('sub-1', before, { expectedRevision: 'no-stream' });
      let caughtUpAt: bigint | undefined;
      const subscription = store.subscribe({ onCaughtUp: (p) => (caughtUpAt ??= p) });
      const received = take(subscription, 5);
      const live = [newEvent('T', { n: 2 }), newEvent('T', { n: 3 }), newEvent('T', { n: 4 })];
      for (const e of live) await store.append('sub-1', [e], { expectedRevision: 'any' });
      const events = await received;
      await subscription.close();
      expect(events.map((e) => e.eventId)).toEqual([...before, ...live].map((e) => e.eventId));
      expect(caughtUpAt).toBeDefined();
    });

    it('delivers only the types asked for, reading past pages of others', async () => {
      const others = Array.from({ length: 700 }, (_, n) => newEvent('Other', { n }));
      await store.append('sub-types', others, { expectedRevision: 'no-stream' });
      await store.append('sub-types', [newEvent('Wanted', { n: 1 })], { expectedRevision: 'any' });
      const subscription = store.subscribe({ types: new Set(['Wanted']) });
      const received = take(subscription, 2);
      await store.append('sub-types', [newEvent('Other'), newEvent('Wanted', { n: 2 })], {
        expectedRevision: 'any',
      });
      const events = await received;
      await subscription.close();
      expect(events.map((e) => [e.type, (e.data as { n: number }).n])).toEqual([
        ['Wanted', 1],
        ['Wanted', 2],
      ]);
    });

    it('starts after a given position', async () => {
      await store.append('sub-2', [newEvent(), newEvent(), newEvent()], {
        expectedRevision: 'no-stream',
      });
      const all = await collect(store.readAll());
      const subscription = store.subscribe({ afterPosition: all[1]!.position });
      const events = await take(subscription, 1);
      await subscription.close();
      expect(events[0]?.position).toBe(all[2]!.position);
    });

    it('loses and repeats nothing when appends race the hand-over from catch-up to live', async () => {
      const writers = Array.from({ length: 8 }, (_, w) =>
        (async () => {
          for (let n = 0; n < 25; n++)
            await store.append(`race-${w}`, [newEvent('T', { w, n })], {
              expectedRevision: 'any',
            });
        })(),
      );
      const subscription = store.subscribe();
      const received = take(subscription, 200);
      await Promise.all(writers);
      const events = await received;
      await subscription.close();
      const all = await collect(store.readAll());
      expect(events.map((e) => e.position)).toEqual(all.map((e) => e.position));
      expect(new Set(events.map((e) => e.eventId)).size).toBe(200);
    });

    it('ends its iteration when closed while waiting for live events', async () => {
      const subscription = store.subscribe();
      const iteration = collect(subscription);
      await new Promise((resolve) => setTimeout(resolve, 20));
      await subscription.close();
      await expect(iteration).resolves.toEqual([]);
    });
  });
};
