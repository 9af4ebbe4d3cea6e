import { SettingsError, type Settings } from '@hdnd/config';
import type { WorkerOptions } from './worker.module';

/** The worker's options from the validated configuration; it needs REDIS_URL. */
export const workerOptionsFrom = (settings: Settings): WorkerOptions => {
  const { store, jobs } = settings;
  if (jobs.redisUrl === undefined)
    throw new SettingsError([
      'REDIS_URL must be set for the worker: it runs the BullMQ jobs (without it, npm start runs them).',
    ]);
  return {
    dataDir: store.dataDir,
    redisUrl: jobs.redisUrl,
    followUp: settings.followUp,
    webhooks: settings.webhooks,
    notices: settings.notices,
    ...(store.eventStoreUrl !== undefined && { eventStoreUrl: store.eventStoreUrl }),
    ...(jobs.queuePrefix !== undefined && { prefix: jobs.queuePrefix }),
  };
};
