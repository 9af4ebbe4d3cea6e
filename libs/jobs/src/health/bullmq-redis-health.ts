import { InjectQueue } from '@nestjs/bullmq';
import { Injectable } from '@nestjs/common';
import type { Queue } from 'bullmq';
import { QUEUES } from '../queues';
import type { RedisHealth } from './redis-health';

/** A readiness probe must answer in time; a round trip slower than this counts as down. */
const PING_TIMEOUT_MS = 1_000;

/**
 * A round trip on the queues' own connection. The client reconnects forever and queues commands while
 * away (BullMQ's workers need that), so a probe that waited on it would hang: a client that is
 * not connected is down at once, and a round trip is given a second.
 */
@Injectable()
export class BullmqRedisHealth implements RedisHealth {
  constructor(@InjectQueue(QUEUES.followUp) private readonly queue: Queue) {}

  async status(): Promise<'up' | 'down'> {
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<'down'>((resolve) => {
      timer = setTimeout(() => resolve('down'), PING_TIMEOUT_MS);
    });
    const ping = (async () => {
      const client = await this.queue.client;
      if (client.status !== 'ready') return 'down' as const;
      // A read of a key nobody writes: a round trip through BullMQ's client abstraction,
      // which has no PING of its own; it creates nothing.
      await client.get('hdnd:ready-probe');
      return 'up' as const;
    })().catch(() => 'down' as const);
    try {
      return await Promise.race([ping, timeout]);
    } finally {
      clearTimeout(timer);
    }
  }
}
