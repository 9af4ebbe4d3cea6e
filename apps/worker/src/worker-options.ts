import type { FollowUpOptions, RuntimeConfig } from '@hdnd/application';
import type { WorkerOptions } from './worker.module';

/** The worker's options from what the environment said (readRuntimeConfig); needs REDIS_URL. */
export const workerOptionsFrom = (
  config: RuntimeConfig,
  followUp: FollowUpOptions,
): WorkerOptions => {
  if (config.redisUrl === undefined)
    throw new Error(
      'The worker runs BullMQ jobs: set REDIS_URL (without it, npm start runs them).',
    );
  return {
    dataDir: config.dataDir,
    redisUrl: config.redisUrl,
    followUp,
    ...(config.eventStoreUrl !== undefined && { eventStoreUrl: config.eventStoreUrl }),
    ...(config.queuePrefix !== undefined && { prefix: config.queuePrefix }),
  };
};
