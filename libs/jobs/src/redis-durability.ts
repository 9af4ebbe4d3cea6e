import { Logger } from '@nestjs/common';
import IORedis from 'ioredis';
import { connectionFrom } from './redis-connection';

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
