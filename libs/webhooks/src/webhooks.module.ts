import { Inject, Module, type DynamicModule, type OnApplicationShutdown } from '@nestjs/common';
import { join } from 'node:path';
import { SubmitWebhookCommandHandler } from './submit-webhook-command';
import { WebhookCourier } from './webhook-courier';
import { WebhookDispatcher } from './webhook-dispatcher';
import { WebhookOutbox } from './webhook-outbox';
import { WEBHOOK_OUTBOX, WEBHOOK_SETTINGS, type WebhookSettings } from './webhook-settings';

class OutboxLifecycle implements OnApplicationShutdown {
  constructor(@Inject(WEBHOOK_OUTBOX) private readonly outbox: WebhookOutbox) {}
  onApplicationShutdown(): void {
    this.outbox.close();
  }
}

/** Notifications to agencies: registration, the outbox from the log, and signed delivery. */
@Module({})
export class WebhooksModule {
  static forRoot(options: {
    dataDir: string;
    settings: WebhookSettings;
    /** Read the log and hand deliveries on (the api); false in a process that only delivers. */
    dispatch?: boolean;
  }): DynamicModule {
    return {
      module: WebhooksModule,
      // Global: BullMQ's delivery worker (libs/jobs) calls the courier.
      global: true,
      providers: [
        { provide: WEBHOOK_SETTINGS, useValue: options.settings },
        {
          provide: WEBHOOK_OUTBOX,
          useFactory: () => new WebhookOutbox(join(options.dataDir, 'webhooks.sqlite')),
        },
        OutboxLifecycle,
        SubmitWebhookCommandHandler,
        ...((options.dispatch ?? true) ? [WebhookDispatcher] : []),
        WebhookCourier,
      ],
      exports: [WEBHOOK_OUTBOX, WEBHOOK_SETTINGS, WebhookCourier],
    };
  }
}
