/** Whether the Redis that holds the jobs answers: provided only when REDIS_URL is set. */
export interface RedisHealth {
  status(): Promise<'up' | 'down'>;
}

export const REDIS_HEALTH = Symbol('REDIS_HEALTH');
