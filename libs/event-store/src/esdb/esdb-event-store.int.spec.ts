import { EsdbEmulator } from '@hdnd/testing/esdb-emulator';
import { eventStoreContract } from '@hdnd/testing/event-store-contract';
import type { Clock, EventStore } from '../port/event-store';
import { EsdbEventStore } from './esdb-event-store';

/**
 * The EventStoreDB adapter passes the same contract as SQLite: against the wire-level emulator
 * always, and against a real server when EVENTSTORE_URL names a fresh, empty one (the compose
 * file's eventstore service runs in memory for this).
 */
const real = process.env.EVENTSTORE_URL;

const onEmulator = async (clock: Clock): Promise<EventStore> => {
  const emulator = await new EsdbEmulator().start(0);
  const store = new EsdbEventStore({
    connectionString: emulator.connectionString,
    clock,
    pollMs: 50,
    // The emulator answers from this very process, so any pause of it (a collection, a module
    // loading, a busy machine) delays the answer as much as the call: the product's 2 s deadline
    // made reads fail now and then. That deadline's promise is the faults test's to keep.
    deadlineMs: 10_000,
  });
  const close = store.close.bind(store);
  // The emulator lives as long as the store under test.
  return Object.assign(store, {
    close: async () => {
      await close();
      await emulator.stop();
    },
  });
};

eventStoreContract(
  real ? 'EventStoreDB (EVENTSTORE_URL)' : 'EventStoreDB (emulator)',
  real ? async (clock) => new EsdbEventStore({ connectionString: real, clock }) : onEmulator,
  { uniqueEventIds: false },
);
