import type { EventStore } from '../src';
import { fixedClock, type EventStoreFactory } from './contract-support';
import { readingContract } from './contract-reading';
import { writingContract } from './contract-writing';

export { newEvent, type EventStoreFactory } from './contract-support';

/**
 * The behaviour every EventStore adapter must have. Each adapter's spec calls this with a
 * factory; the EventStoreDB adapter joins through its wire-level emulator.
 */
export const eventStoreContract = (adapterName: string, factory: EventStoreFactory): void => {
  describe(`EventStore contract: ${adapterName}`, () => {
    let store: EventStore;

    beforeEach(async () => {
      store = await factory(fixedClock);
    });
    afterEach(async () => {
      await store.close();
    });

    writingContract(() => store);
    readingContract(() => store);
  });
};
