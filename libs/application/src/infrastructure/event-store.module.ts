import { upcast } from '@hdnd/domain';
import { Inject, Module, type DynamicModule, type OnApplicationShutdown } from '@nestjs/common';
import { join } from 'node:path';
import {
  EVENT_STORE,
  openEsdbEventStore,
  SqliteEventStore,
  systemClock,
  type Clock,
  type EventStore,
} from '@hdnd/event-store';

export interface EventStoreModuleOptions {
  /** The embedded default: the log is `${dataDir}/events.sqlite`. */
  readonly dataDir?: string;
  /** Production: the log is in EventStoreDB (`EVENTSTORE_URL=esdb://…`). */
  readonly eventStoreUrl?: string;
  /** A store built elsewhere (tests, tools); closed by whoever built it. */
  readonly store?: EventStore;
  readonly clock?: Clock;
}

class EventStoreLifecycle implements OnApplicationShutdown {
  constructor(@Inject(EVENT_STORE) private readonly store: EventStore) {}

  async onApplicationShutdown(): Promise<void> {
    await this.store.close();
  }
}

/** Provides the EventStore: EventStoreDB when EVENTSTORE_URL is set, else SQLite in DATA_DIR. */
@Module({})
export class EventStoreModule {
  static forRoot(options: EventStoreModuleOptions): DynamicModule {
    if (options.store) {
      return {
        module: EventStoreModule,
        global: true,
        providers: [{ provide: EVENT_STORE, useValue: options.store }],
        exports: [EVENT_STORE],
      };
    }
    const file = join(options.dataDir ?? './data', 'events.sqlite');
    const clock = options.clock ?? systemClock;
    const url = options.eventStoreUrl;
    return {
      module: EventStoreModule,
      global: true,
      providers: [
        {
          provide: EVENT_STORE,
          useFactory: (): EventStore =>
            // Every read brings older event versions to today's shapes (the domain's upcasters).
            url
              ? openEsdbEventStore({ connectionString: url, clock, upcast })
              : new SqliteEventStore({ file, clock, upcast }),
        },
        EventStoreLifecycle,
      ],
      exports: [EVENT_STORE],
    };
  }
}
