import type { EventStore } from '@hdnd/event-store';
import { fixedClock, type EventStoreFactory } from './contract-support';
import { readingContract } from './contract-reading';
import { writingContract } from './contract-writing';

/**
 * The behaviour every EventStore adapter must have. Each adapter's spec calls this with a
 * factory; the EventStoreDB adapter joins through its wire-level emulator.
 */
export interface AdapterTraits {
  /**
   * Whether the store refuses an event id already anywhere in the log. SQLite does (a UNIQUE
   * index). EventStoreDB does not: a repeated id within its rolling cache is taken as a retry
   * and not written again, beyond it the event is written — so that adapter skips those tests,
   * and retries are made safe by Idempotency-Key instead.
   */
  readonly uniqueEventIds: boolean;
}

export const eventStoreContract = (
  adapterName: string,
  factory: EventStoreFactory,
  traits: AdapterTraits = { uniqueEventIds: true },
): void => {
  describe(`EventStore contract: ${adapterName}`, () => {
    let store: EventStore;

    beforeEach(async () => {
      store = await factory(fixedClock);
    });
    afterEach(async () => {
      await store.close();
    });

    writingContract(() => store, traits);
    readingContract(() => store);
  });
};
