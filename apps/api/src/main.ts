import 'reflect-metadata';
import { Logger } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { exitCleanlyOnSignals } from '@hdnd/application';
import { exitOnSettingsError, readSettings } from '@hdnd/config';
import { warnAboutDurability } from '@hdnd/jobs';
import { appOptionsFrom } from './app-options';
import { AppModule } from './app.module';
import { configureHttp } from './http/configure-http';

async function bootstrap(): Promise<void> {
  const settings = readSettings();
  const { http, store, jobs } = settings;
  if (jobs.redisUrl !== undefined) await warnAboutDurability(jobs.redisUrl);
  const app = await configureHttp(
    await NestFactory.create(AppModule.forRoot(appOptionsFrom(settings))),
  );
  exitCleanlyOnSignals(app);
  await app.listen(http.port, http.host);
  const url = await app.getUrl();
  Logger.log(
    `Listening on ${url.replace('[::1]', 'localhost')} — health ${url}/health; event log in ${store.eventStoreUrl === undefined ? store.dataDir : 'EventStoreDB'}`,
    'Bootstrap',
  );
}

void bootstrap().catch(exitOnSettingsError);
