import { Controller, Get, HttpCode, Inject, ServiceUnavailableException } from '@nestjs/common';
import { EVENT_STORE, type EventStore } from '@hdnd/event-store';
import { ActiveReadModels } from '@hdnd/read-models';
import { Public } from '../auth/access.decorator';

/** Liveness and readiness for orchestrators and the ops team. */
@Controller()
export class HealthController {
  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    private readonly projections: ActiveReadModels,
  ) {}

  /** The process is up. Says nothing about its dependencies. */
  @Get('health')
  @Public()
  health(): { status: 'ok' } {
    return { status: 'ok' };
  }

  /**
   * The event log answers, so the service can take commands; each projection says where it
   * stands (a degraded one parked an event it could not apply, and names it).
   */
  @Get('ready')
  @Public()
  @HttpCode(200)
  async ready() {
    const projections = this.projections
      .statuses()
      .map((p) => ({ ...p, position: p.position.toString() }));
    try {
      const head = await this.store.headPosition();
      return {
        status: 'ready',
        eventStore: { status: 'up', headPosition: head.toString() },
        projections,
      };
    } catch {
      throw new ServiceUnavailableException({
        status: 'not-ready',
        eventStore: { status: 'down' },
        projections,
      });
    }
  }
}
