import { Inject, Module, type DynamicModule, type OnApplicationShutdown } from '@nestjs/common';
import { join } from 'node:path';
import { CredentialStore } from './credential-store';
import { DisabledAccounts } from './disabled-accounts';
import { FIRST_ADMIN_PASSWORD, FirstAdmin } from './first-admin';
import { CREDENTIAL_STORE } from './identity-tokens';
import { PasswordHasher } from './password-hasher';
import { SubmitUserCommandHandler } from './submit-user-command';
import { UserDirectory } from './user-directory';

export interface IdentityModuleOptions {
  /** Where identity.sqlite lives; without it the password hashes are kept in memory. */
  readonly dataDir?: string;
  /**
   * Open `admin` on a first start with no accounts (the API does; tools do not): with the
   * password given — `from` says where it came from (the api: ADMIN_PASSWORD) in the one line
   * logged about it — or random and printed once when this is `generate`.
   */
  readonly firstAdmin?: Readonly<{ password: string; from?: string } | 'generate'>;
}

/** Password hashes live beside the log; a store handed in from outside gets them in memory. */
const credentialFile = (options: IdentityModuleOptions) =>
  options.dataDir === undefined ? ':memory:' : join(options.dataDir, 'identity.sqlite');

class CredentialStoreLifecycle implements OnApplicationShutdown {
  constructor(@Inject(CREDENTIAL_STORE) private readonly credentials: CredentialStore) {}

  onApplicationShutdown(): void {
    this.credentials.close();
  }
}

/**
 * Accounts: the user streams in the log, their password hashes in identity.sqlite, and the
 * first `admin`. It needs ApplicationModule (the executor, standings and clock it exports) in
 * the same application; only what signs people in and manages them imports this module.
 */
@Module({})
export class IdentityModule {
  static forRoot(options: IdentityModuleOptions): DynamicModule {
    return {
      module: IdentityModule,
      // Global: the API's auth guard and user endpoints, and the CLI's user commands, all read
      // the same directory.
      global: true,
      providers: [
        {
          provide: CREDENTIAL_STORE,
          useFactory: () => new CredentialStore(credentialFile(options)),
        },
        CredentialStoreLifecycle,
        PasswordHasher,
        UserDirectory,
        DisabledAccounts,
        SubmitUserCommandHandler,
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
      exports: [UserDirectory, DisabledAccounts],
    };
  }
}
