/** npm run start:worker — BullMQ workers without HTTP; needs REDIS_URL. */
import 'reflect-metadata';
import { Logger } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { exitCleanlyOnSignals } from '@hdnd/application';
import { exitOnSettingsError, readSettings } from '@hdnd/config';
import { warnAboutDurability } from '@hdnd/jobs';
import { workerOptionsFrom } from './worker-options';
import { WorkerModule } from './worker.module';

async function bootstrap(): Promise<void> {
  const options = workerOptionsFrom(readSettings());
  await warnAboutDurability(options.redisUrl);
  const app = await NestFactory.createApplicationContext(WorkerModule.forRoot(options));
  // SIGTERM: workers finish the job in hand, then the process exits 0.
  exitCleanlyOnSignals(app);
  Logger.log(`Worker on ${options.redisUrl.replace(/\/\/[^@]*@/, '//')}`, 'Bootstrap');
}

void bootstrap().catch(exitOnSettingsError);
