import type { ConnectionOptions } from 'bullmq';

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
