import { resolve } from 'node:path';

/** Settings read from the environment once, at start. */
export interface RuntimeConfig {
  /** Where the embedded store keeps its files (`DATA_DIR`, default `./data`). */
  readonly dataDir: string;
  /** HTTP port (`PORT`, default 3000). */
  readonly port: number;
  /** Interface to listen on (`HOST`, default 127.0.0.1; set 0.0.0.0 in a container). */
  readonly host: string;
  /** `EVENTSTORE_URL` (`esdb://host:2113?tls=false`): the log in EventStoreDB instead of SQLite. */
  readonly eventStoreUrl?: string;
  /** `REDIS_URL` (`redis://host:6379`): background jobs on BullMQ instead of in-process. */
  readonly redisUrl?: string;
  /** `WORKERS=off`: this process enqueues jobs but runs none (apps/worker does). */
  readonly workers: boolean;
  /**
   * `QUEUE_PREFIX`: the Redis key prefix of the BullMQ queues (BullMQ's `bull` unless set), so
   * two deployments can share one Redis without taking each other's jobs.
   */
  readonly queuePrefix?: string;
}

/** Letters, digits, `. _ - { }` (braces make a Redis Cluster hash tag): a key, not a pattern. */
const QUEUE_PREFIX = /^[A-Za-z0-9._{}-]{1,64}$/;

export const readRuntimeConfig = (env: NodeJS.ProcessEnv = process.env): RuntimeConfig => {
  const port = Number(env.PORT ?? 3000);
  if (!Number.isInteger(port) || port < 0 || port > 65535)
    throw new Error(`PORT must be a port number, not "${env.PORT}".`);
  const eventStoreUrl = env.EVENTSTORE_URL || undefined;
  if (eventStoreUrl !== undefined && !/^esdb(\+discover)?:\/\//.test(eventStoreUrl))
    throw new Error(`EVENTSTORE_URL must be an esdb:// connection string, not "${eventStoreUrl}".`);
  const queuePrefix = env.QUEUE_PREFIX || undefined;
  if (queuePrefix !== undefined && !QUEUE_PREFIX.test(queuePrefix))
    throw new Error(
      `QUEUE_PREFIX must be 1–64 letters, digits, ".", "_", "-", "{" or "}", not "${queuePrefix}".`,
    );
  return {
    dataDir: resolve(env.DATA_DIR ?? './data'),
    port,
    host: env.HOST ?? '127.0.0.1',
    ...(eventStoreUrl !== undefined && { eventStoreUrl }),
    ...(env.REDIS_URL && { redisUrl: env.REDIS_URL }),
    workers: env.WORKERS !== 'off',
    ...(queuePrefix !== undefined && { queuePrefix }),
  };
};
