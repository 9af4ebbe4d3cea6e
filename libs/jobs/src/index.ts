export * from './queues';
export * from './redis-connection';
export * from './jobs.module';
export * from './tracking/job-view';
export * from './health/redis-health';

/** Warns when Redis could lose jobs (loads ioredis, so only when REDIS_URL is set). */
export const warnAboutDurability = (redisUrl: string): Promise<void> =>
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- loaded on demand
  (require('./redis-durability') as typeof import('./redis-durability')).warnAboutDurability(
    redisUrl,
  );
