/** npm run start:worker — BullMQ workers without HTTP; needs REDIS_URL. */
import 'reflect-metadata';
import { Logger } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { exitCleanlyOnSignals, followUpOptionsFromEnv, readRuntimeConfig } from '@hdnd/application';
import { warnAboutDurability } from '@hdnd/jobs';
import { WorkerModule } from './worker.module';

async function bootstrap(): Promise<void> {
  const config = readRuntimeConfig();
  if (config.redisUrl === undefined)
    throw new Error(
      'The worker runs BullMQ jobs: set REDIS_URL (without it, npm start runs them).',
    );
  await warnAboutDurability(config.redisUrl);
  const app = await NestFactory.createApplicationContext(
    WorkerModule.forRoot({
      dataDir: config.dataDir,
      redisUrl: config.redisUrl,
      followUp: followUpOptionsFromEnv(),
      ...(config.eventStoreUrl !== undefined && { eventStoreUrl: config.eventStoreUrl }),
    }),
  );
  // SIGTERM: workers finish the job in hand, then the process exits 0.
  exitCleanlyOnSignals(app);
  Logger.log(`Worker on ${config.redisUrl.replace(/\/\/[^@]*@/, '//')}`, 'Bootstrap');
}

void bootstrap();
