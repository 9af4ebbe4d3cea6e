import { Controller, Get, HttpCode, Inject, Optional, Res } from '@nestjs/common';
import type { Response } from 'express';
import { EVENT_STORE, type EventStore } from '@hdnd/event-store';
import { REDIS_HEALTH, type RedisHealth } from '@hdnd/jobs';
import { ActiveReadModels } from '@hdnd/read-models';
import { Public } from '../auth/access.decorator';

/** Liveness and readiness for orchestrators and the ops team. */
@Controller()
export class HealthController {
  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    private readonly projections: ActiveReadModels,
    // Only with REDIS_URL: then background jobs live in Redis and readiness depends on it.
    @Optional() @Inject(REDIS_HEALTH) private readonly redis?: RedisHealth,
  ) {}

  /** The process is up. Says nothing about its dependencies. */
  @Get('health')
  @Public()
  health(): { status: 'ok' } {
    return { status: 'ok' };
  }

  /**
   * The event log answers, so the service can take commands; with REDIS_URL, Redis answers too,
   * so its jobs run; each projection says where it stands (a degraded one parked an event it
   * could not apply, and names it). 503 while the log or Redis does not answer.
   */
  @Get('ready')
  @Public()
  @HttpCode(200)
  async ready(@Res({ passthrough: true }) res: Response) {
    const projections = this.projections
      .statuses()
      .map((p) => ({ ...p, position: p.position.toString() }));
    const [eventStore, redis] = await Promise.all([
      this.store.headPosition().then(
        (head) => ({ status: 'up' as const, headPosition: head.toString() }),
        () => ({ status: 'down' as const }),
      ),
      this.redis?.status().then((status) => ({ status })),
    ]);
    const ready = eventStore.status === 'up' && (redis?.status ?? 'up') === 'up';
    const body = {
      status: ready ? ('ready' as const) : ('not-ready' as const),
      eventStore,
      ...(redis && { redis }),
      projections,
    };
    // The body as it is, not a problem document: a probe and the ops team read which part is down.
    if (!ready) res.status(503);
    return body;
  }
}
