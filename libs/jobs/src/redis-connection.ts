import { Logger } from '@nestjs/common';
import type { ConnectionOptions } from 'bullmq';
import IORedis from 'ioredis';

/** ioredis options from REDIS_URL (redis://[:password@]host:port[/db]). */
export const connectionFrom = (redisUrl: string): ConnectionOptions => {
  const url = new URL(redisUrl);
  if (url.protocol !== 'redis:' && url.protocol !== 'rediss:')
    throw new Error(`REDIS_URL must be a redis:// URL, not "${redisUrl}".`);
  return {
    host: url.hostname,
    port: Number(url.port || 6379),
    ...(url.password && { password: decodeURIComponent(url.password) }),
    ...(url.username && { username: decodeURIComponent(url.username) }),
    ...(url.pathname.length > 1 && { db: Number(url.pathname.slice(1)) }),
    ...(url.protocol === 'rediss:' && { tls: {} }),
    // BullMQ's workers block on Redis; they must not give up on a command while it is away.
    maxRetriesPerRequest: null,
  };
};

/**
 * What BullMQ needs of Redis to lose no job: an append-only file (so a restart keeps the
 * queue) and `noeviction` (so memory pressure never drops a job). Said at start, loudly.
 */
export const durabilityWarnings = async (redisUrl: string): Promise<string[]> => {
  const redis = new IORedis(connectionFrom(redisUrl) as object);
  try {
    const [, appendonly] = (await redis.config('GET', 'appendonly')) as string[];
    const [, policy] = (await redis.config('GET', 'maxmemory-policy')) as string[];
    const warnings: string[] = [];
    if (appendonly !== 'yes')
      warnings.push(
        'Redis runs without an append-only file (appendonly no): a restart loses queued jobs.',
      );
    if (policy !== 'noeviction')
      warnings.push(
        `Redis evicts keys under memory pressure (maxmemory-policy ${policy}): jobs can vanish; set noeviction.`,
      );
    return warnings;
  } finally {
    redis.disconnect();
  }
};

export const warnAboutDurability = async (redisUrl: string): Promise<void> => {
  const logger = new Logger('Jobs');
  for (const warning of await durabilityWarnings(redisUrl).catch((e: Error) => [
    `Could not check Redis settings: ${e.message}`,
  ]))
    logger.warn(warning);
};
