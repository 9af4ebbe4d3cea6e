import {
  Inject,
  Injectable,
  Logger,
  Optional,
  type OnApplicationBootstrap,
  type OnApplicationShutdown,
} from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { streamIds, webhookDecider } from '@hdnd/domain';
import { DeciderExecutor, SYSTEM_ACTOR } from '@hdnd/application';
import { checkTarget } from './target-guard';
import { WEBHOOK_DELIVERY_QUEUE, type Delivery, type DeliveryQueue } from './delivery-queue';
import type { WebhookOutbox } from './webhook-outbox';
import { WEBHOOK_OUTBOX, WEBHOOK_SETTINGS, type WebhookSettings } from './webhook-settings';
import { signatureOf } from './webhook-signature';

/**
 * Delivers what the outbox owes: signed POSTs, retried with exponential backoff; after the last
 * attempt the failure is recorded in the webhook's stream with its reason, for the API to show.
 * Redirects are refused (they could lead inside), and the target is checked again each time
 * (DNS may have changed since registration).
 */
@Injectable()
export class WebhookCourier implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('Webhooks');
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<void> | undefined;

  constructor(
    @Inject(WEBHOOK_OUTBOX) private readonly outbox: WebhookOutbox,
    @Inject(WEBHOOK_SETTINGS) private readonly settings: WebhookSettings,
    private readonly executor: DeciderExecutor,
    @Optional() @Inject(WEBHOOK_DELIVERY_QUEUE) private readonly queue?: DeliveryQueue,
  ) {}

  onApplicationBootstrap(): void {
    // With Redis, BullMQ's workers call deliver() and retry; the outbox then stays empty.
    if (this.queue) return;
    this.timer = setInterval(() => {
      this.running ??= this.deliverDue().finally(() => (this.running = undefined));
    }, this.settings.pollMs).unref();
  }

  async onApplicationShutdown(): Promise<void> {
    clearInterval(this.timer);
    await this.running;
  }

  private async deliverDue(): Promise<void> {
    for (const owed of this.outbox.due(Date.now())) {
      try {
        await this.deliver(owed);
        this.outbox.delivered(owed);
      } catch (error) {
        const reason = error instanceof Error ? error.message : String(error);
        const attempts = owed.attempts + 1;
        if (attempts < this.settings.maxAttempts) {
          this.outbox.retryLater(
            owed,
            Date.now() + this.settings.backoffMs * 2 ** owed.attempts,
            reason,
          );
          continue;
        }
        this.outbox.failed(owed, reason);
        await this.recordFailure(owed, reason, attempts).catch((e: unknown) =>
          this.logger.error(
            `could not record the failed delivery of ${owed.eventId}: ${String(e)}`,
          ),
        );
      }
    }
  }

  /** One signed POST; throws with the reason when the endpoint does not take it. */
  async deliver(owed: Delivery): Promise<void> {
    const { state } = await this.executor.loadState(
      streamIds.webhook(owed.webhookId),
      webhookDecider,
    );
    if (state.status !== 'active') throw new Error('The webhook is disabled.');
    const secret = this.outbox.secretOf(owed.webhookId);
    if (!secret) throw new Error('The webhook has no secret.');
    await checkTarget(state.url, this.settings);
    const timestamp = String(Math.floor(Date.now() / 1000));
    const response = await fetch(state.url, {
      method: 'POST',
      redirect: 'manual',
      signal: AbortSignal.timeout(this.settings.timeoutMs),
      headers: {
        'content-type': 'application/json',
        'user-agent': 'hdnd-follow-up-webhooks/1',
        'x-hdnd-event-id': owed.eventId,
        'x-hdnd-event-type': owed.eventType,
        'x-hdnd-timestamp': timestamp,
        'x-hdnd-signature': signatureOf(secret, timestamp, owed.payload),
      },
      body: owed.payload,
    });
    await response.body?.cancel();
    if (response.status >= 300 && response.status < 400)
      throw new Error(`The endpoint redirected (HTTP ${response.status}); redirects are refused.`);
    if (!response.ok) throw new Error(`The endpoint answered HTTP ${response.status}.`);
  }

  /** Records in the webhook's stream that a delivery was given up, with why. */
  recordFailure(owed: Delivery, reason: string, attempts: number) {
    return this.executor.execute({
      streamId: streamIds.webhook(owed.webhookId),
      decider: webhookDecider,
      context: { commandId: randomUUID(), correlationId: owed.eventId, actor: SYSTEM_ACTOR },
      answer: { id: owed.webhookId },
      command: async () => ({
        type: 'RecordDeliveryFailure' as const,
        data: {
          webhookId: owed.webhookId,
          eventId: owed.eventId,
          eventType: owed.eventType,
          reason,
          attempts,
          failedAt: new Date().toISOString(),
        },
      }),
    });
  }
}
