import { Logger, Module, type DynamicModule, type INestApplicationContext } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { userInfo } from 'node:os';
import { randomUUID } from 'node:crypto';
import { ApplicationModule, type CommandContext } from '@hdnd/application';
import { AuditModule } from '@hdnd/audit';
import { IdentityModule } from '@hdnd/identity';
import type { AuditSettings, StoreSettings } from '@hdnd/config';
import type { Actor } from '@hdnd/event-store';

/** The log, the credential store and the audit key in DATA_DIR: no HTTP, no read models. */
@Module({})
class CliModule {
  static forRoot(config: StoreSettings & Pick<AuditSettings, 'signingKeyPem'>): DynamicModule {
    const { dataDir, eventStoreUrl, signingKeyPem } = config;
    return {
      module: CliModule,
      imports: [
        ApplicationModule.forRoot({
          dataDir,
          ...(eventStoreUrl !== undefined && { eventStoreUrl }),
        }),
        // The user commands: accounts in the log, their password hashes in DATA_DIR.
        IdentityModule.forRoot({ dataDir }),
        // The integrity check; checkpoints are signed by the api, never on a CLI schedule.
        AuditModule.forRoot({
          dataDir,
          checkpointEveryMs: 0,
          ...(signingKeyPem !== undefined && { signingKeyPem }),
        }),
      ],
    };
  }
}

/** The deployment's log and audit key as the configuration says (DATA_DIR, EVENTSTORE_URL…), as the api would. */
export const openCliContext = async (
  config: StoreSettings & Pick<AuditSettings, 'signingKeyPem'>,
): Promise<INestApplicationContext> => {
  const app = await NestFactory.createApplicationContext(CliModule.forRoot(config), {
    logger: ['error', 'warn'],
  });
  app.useLogger(new Logger());
  return app;
};

/**
 * Who the log says did it: the operator at the machine, through the ops CLI. Whoever can run
 * it can read DATA_DIR anyway; the log still says which OS account it was.
 */
export const operatorActor = (): Actor => ({
  userId: 'ops-cli',
  username: `ops-cli:${userInfo().username}`,
  role: 'system',
});

export const cliCommandContext = (): CommandContext => ({
  commandId: randomUUID(),
  correlationId: randomUUID(),
  actor: operatorActor(),
});
