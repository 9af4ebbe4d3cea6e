import type { EventStore } from '../port/event-store';
import type { EsdbEventStore, EsdbEventStoreOptions } from './esdb-event-store';

export type { EsdbEventStoreOptions };

/**
 * The EventStoreDB adapter, loaded only when asked for: @eventstore/db-client brings gRPC and
 * protobuf (about 20 MB resident) that the embedded default never needs.
 */
export const openEsdbEventStore = (options: EsdbEventStoreOptions): EventStore => {
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- loaded on demand, see above
  const adapter = require('./esdb-event-store') as { EsdbEventStore: typeof EsdbEventStore };
  return new adapter.EsdbEventStore(options);
};
