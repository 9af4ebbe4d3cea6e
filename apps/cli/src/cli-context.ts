import { Logger, Module, type DynamicModule, type INestApplicationContext } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { userInfo } from 'node:os';
import { randomUUID } from 'node:crypto';
import { ApplicationModule, type CommandContext, type RuntimeConfig } from '@hdnd/application';
import { AuditModule } from '@hdnd/audit';
import { IdentityModule } from '@hdnd/identity';
import type { Actor } from '@hdnd/event-store';

/** The log, the credential store and the audit key in DATA_DIR: no HTTP, no read models. */
@Module({})
class CliModule {
  static forRoot(dataDir: string, eventStoreUrl?: string): DynamicModule {
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
        AuditModule.forRoot({ dataDir, checkpointEveryMs: 0 }),
      ],
    };
  }
}

/** The deployment's log as RuntimeConfig says (DATA_DIR, EVENTSTORE_URL), as the api would. */
export const openCliContext = async (
  config: Pick<RuntimeConfig, 'dataDir' | 'eventStoreUrl'>,
): Promise<INestApplicationContext> => {
  const app = await NestFactory.createApplicationContext(
    CliModule.forRoot(config.dataDir, config.eventStoreUrl),
    {
      logger: ['error', 'warn'],
    },
  );
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
