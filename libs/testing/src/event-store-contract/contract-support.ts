import { randomUUID } from 'node:crypto';
import type { Clock, EventStore, NewEvent } from '@hdnd/event-store';

/** Builds a fresh, empty store whose `recordedAt` comes from `clock`. */
export type EventStoreFactory = (clock: Clock) => Promise<EventStore>;

export const FIXED_NOW = new Date('2024-04-02T08:30:00.000Z');
export const fixedClock: Clock = { now: () => FIXED_NOW };

export const actor = { userId: 'u-secretariat', username: 'van.phong', role: 'secretariat' };
export const newEvent = (
  type = 'TestEvent',
  data: unknown = { n: 1 },
  over: Partial<NewEvent> = {},
): NewEvent => ({
  eventId: randomUUID(),
  type,
  schemaVersion: 1,
  data,
  metadata: { actor, correlationId: 'corr-1', causationId: 'cmd-1', command: 'TestCommand' },
  ...over,
});

export const collect = async <T>(iterable: AsyncIterable<T>): Promise<T[]> => {
  const out: T[] = [];
  for await (const item of iterable) out.push(item);
  return out;
};

export const rejection = async (promise: Promise<unknown>): Promise<unknown> =>
  promise.then(
    () => new Error('expected a rejection'),
    (error: unknown) => error,
  );

/** The store under test, fresh for each test (set by the suite's beforeEach). */
export type StoreUnderTest = () => EventStore;
