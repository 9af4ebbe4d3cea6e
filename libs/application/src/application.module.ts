import { Inject, Module, type DynamicModule, type OnApplicationShutdown } from '@nestjs/common';
import { join } from 'node:path';
import { CqrsModule } from '@nestjs/cqrs';
import { systemClock } from '@hdnd/event-store';
import { SubmitAgencyCommandHandler } from './agencies/submit-agency-command';
import { SuccessionPolicy } from './agencies/succession-policy';
import { ReopenedCaseHandover } from './agencies/reopened-case-handover';
import { DeciderExecutor } from './command-handling/decider-executor';
import { Standings } from './command-handling/standings';
import { SubmitDelegationCommandHandler } from './delegations/submit-delegation-command';
import {
  EventStoreModule,
  type EventStoreModuleOptions,
} from './infrastructure/event-store.module';
import { CLOCK, ID_GENERATOR, uuidGenerator, type IdGenerator } from './infrastructure/tokens';
import { CredentialStore } from './identity/credential-store';
import { FIRST_ADMIN_PASSWORD, FirstAdmin } from './identity/first-admin';
import { CREDENTIAL_STORE } from './identity/identity-tokens';
import { PasswordHasher } from './identity/password-hasher';
import { SubmitUserCommandHandler } from './identity/submit-user-command';
import { AnnouncedCalendar } from './calendar/announced-calendar';
import { SubmitCalendarCommandHandler } from './calendar/submit-calendar-command';
import { UserDirectory } from './identity/user-directory';
import { SubmitObstacleCommandHandler } from './obstacles/submit-obstacle-command';
import { SubmitRecommendationCommandHandler } from './recommendations/submit-recommendation-command';

export interface ApplicationModuleOptions extends EventStoreModuleOptions {
  readonly ids?: IdGenerator;
  /**
   * Open `admin` on a first start with no accounts (the API does; tools do not): with the
   * password given — `from` says where it came from (the api: ADMIN_PASSWORD) in the one line
   * logged about it — or random and printed once when this is `generate`.
   */
  readonly firstAdmin?: Readonly<{ password: string; from?: string } | 'generate'>;
}

/** Password hashes live beside the log; a store handed in from outside gets them in memory. */
const credentialFile = (options: ApplicationModuleOptions) =>
  options.dataDir === undefined ? ':memory:' : join(options.dataDir, 'identity.sqlite');

class CredentialStoreLifecycle implements OnApplicationShutdown {
  constructor(@Inject(CREDENTIAL_STORE) private readonly credentials: CredentialStore) {}

  onApplicationShutdown(): void {
    this.credentials.close();
  }
}

/**
 * Command handling on @nestjs/cqrs's CommandBus. The bus only routes: every handler goes
 * through DeciderExecutor to the event log. No AggregateRoot, no EventPublisher, and nothing
 * listens on the in-memory EventBus — projections read the log from their own checkpoints.
 */
@Module({})
export class ApplicationModule {
  static forRoot(options: ApplicationModuleOptions): DynamicModule {
    return {
      module: ApplicationModule,
      // Global: the API's feature modules (auth, users) use the directory and the buses too.
      global: true,
      imports: [CqrsModule.forRoot(), EventStoreModule.forRoot(options)],
      providers: [
        { provide: ID_GENERATOR, useValue: options.ids ?? uuidGenerator },
        { provide: CLOCK, useValue: options.clock ?? systemClock },
        DeciderExecutor,
        Standings,
        SubmitAgencyCommandHandler,
        SuccessionPolicy,
        ReopenedCaseHandover,
        SubmitDelegationCommandHandler,
        SubmitRecommendationCommandHandler,
        SubmitObstacleCommandHandler,
        {
          provide: CREDENTIAL_STORE,
          useFactory: () => new CredentialStore(credentialFile(options)),
        },
        CredentialStoreLifecycle,
        PasswordHasher,
        UserDirectory,
        SubmitUserCommandHandler,
        SubmitCalendarCommandHandler,
        AnnouncedCalendar,
        ...(options.firstAdmin === undefined
          ? []
          : [
              {
                provide: FIRST_ADMIN_PASSWORD,
                useValue: options.firstAdmin === 'generate' ? undefined : options.firstAdmin,
              },
              FirstAdmin,
            ]),
      ],
      exports: [
        CqrsModule,
        DeciderExecutor,
        Standings,
        SuccessionPolicy,
        UserDirectory,
        AnnouncedCalendar,
        ID_GENERATOR,
        CLOCK,
      ],
    };
  }
}
