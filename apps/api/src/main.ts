import 'reflect-metadata';
import { Logger } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { exitCleanlyOnSignals, followUpOptionsFromEnv, readRuntimeConfig } from '@hdnd/application';
import { checkpointEveryMsFromEnv } from '@hdnd/audit';
import { warnAboutDurability } from '@hdnd/jobs';
import { AppModule } from './app.module';
import { configureHttp } from './http/configure-http';

async function bootstrap(): Promise<void> {
  const config = readRuntimeConfig();
  if (config.redisUrl !== undefined) await warnAboutDurability(config.redisUrl);
  const app = await configureHttp(
    await NestFactory.create(
      AppModule.forRoot({
        dataDir: config.dataDir,
        followUp: followUpOptionsFromEnv(),
        checkpointEveryMs: checkpointEveryMsFromEnv(),
        ...(config.redisUrl !== undefined && { redisUrl: config.redisUrl }),
        workers: config.workers,
        ...(config.queuePrefix !== undefined && { jobsPrefix: config.queuePrefix }),
        ...(config.eventStoreUrl !== undefined && { eventStoreUrl: config.eventStoreUrl }),
        firstAdmin:
          process.env.ADMIN_PASSWORD === undefined
            ? 'generate'
            : { password: process.env.ADMIN_PASSWORD, from: 'ADMIN_PASSWORD' },
      }),
    ),
  );
  exitCleanlyOnSignals(app);
  await app.listen(config.port, config.host);
  const url = await app.getUrl();
  Logger.log(
    `Listening on ${url.replace('[::1]', 'localhost')} — health ${url}/health; event log in ${config.eventStoreUrl === undefined ? config.dataDir : 'EventStoreDB'}`,
    'Bootstrap',
  );
}

void bootstrap();
