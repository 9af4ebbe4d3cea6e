import { Controller, Get, HttpCode, Inject, ServiceUnavailableException } from '@nestjs/common';
import { EVENT_STORE, type EventStore } from '@hdnd/event-store';

/** Liveness and readiness for orchestrators and the ops team. */
@Controller()
export class HealthController {
  constructor(@Inject(EVENT_STORE) private readonly store: EventStore) {}

  /** The process is up. Says nothing about its dependencies. */
  @Get('health')
  health(): { status: 'ok' } {
    return { status: 'ok' };
  }

  /** The event log answers: the service can take commands. */
  @Get('ready')
  @HttpCode(200)
  async ready(): Promise<{ status: 'ready'; eventStore: { status: 'up'; headPosition: string } }> {
    try {
      const head = await this.store.headPosition();
      return { status: 'ready', eventStore: { status: 'up', headPosition: head.toString() } };
    } catch {
      throw new ServiceUnavailableException({
        status: 'not-ready',
        eventStore: { status: 'down' },
      });
    }
  }
}
