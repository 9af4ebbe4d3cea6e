import {
  Inject,
  Injectable,
  Logger,
  type OnApplicationBootstrap,
  type OnApplicationShutdown,
} from '@nestjs/common';
import {
  recommendationDecider,
  streamIds,
  WEBHOOK_EVENT_TYPES,
  webhookDecider,
  type WebhookState,
} from '@hdnd/domain';
import {
  EVENT_STORE,
  type EventStore,
  type RecordedEvent,
  type Subscription,
} from '@hdnd/event-store';
import { DeciderExecutor } from '../command-handling/decider-executor';
import type { WebhookOutbox } from './webhook-outbox';
import { WEBHOOK_OUTBOX } from './webhook-settings';

const DELIVERABLE = new Set<string>(WEBHOOK_EVENT_TYPES);

/**
 * Reads the log from its checkpoint and writes, for each deliverable event, one owed delivery
 * per webhook that wants it (its types, its agency) — in the outbox, with the checkpoint, in
 * one transaction. Deliveries come from the log, so nothing the log holds goes unsent.
 */
@Injectable()
export class WebhookDispatcher implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('Webhooks');
  private subscription: Subscription | undefined;
  private loop: Promise<void> | undefined;

  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(WEBHOOK_OUTBOX) private readonly outbox: WebhookOutbox,
    private readonly executor: DeciderExecutor,
  ) {}

  onApplicationBootstrap(): void {
    this.subscription = this.store.subscribe({ afterPosition: this.outbox.checkpoint() });
    const subscription = this.subscription;
    this.loop = (async () => {
      for await (const event of subscription) await this.dispatch(event);
    })().catch((error: unknown) => this.logger.error(`dispatch stopped: ${String(error)}`));
  }

  async onApplicationShutdown(): Promise<void> {
    await this.subscription?.close();
    await this.loop;
  }

  private async dispatch(event: RecordedEvent): Promise<void> {
    if (!DELIVERABLE.has(event.type)) {
      // Most events owe nothing; the checkpoint still moves so a restart does not re-read them.
      if (event.position % 64n === 0n) this.outbox.owe(event.position, [], Date.now());
      return;
    }
    const agencyId = await this.agencyOf(event);
    const webhooks = await this.webhooks();
    const payload = JSON.stringify({
      id: event.eventId,
      type: event.type,
      recordedAt: event.metadata.recordedAt,
      streamId: event.streamId,
      data: event.data,
    });
    const owed = webhooks
      .filter(
        (w) => w.status === 'active' && (w.eventTypes as readonly string[]).includes(event.type),
      )
      .filter((w) => w.agencyId === undefined || w.agencyId === agencyId)
      .map((w) => ({
        eventId: event.eventId,
        webhookId: w.webhookId,
        eventType: event.type,
        payload,
      }));
    this.outbox.owe(event.position, owed, Date.now());
  }

  /** The agency an event concerns: named in it, or the recommendation's current addressee. */
  private async agencyOf(event: RecordedEvent): Promise<string | undefined> {
    const data = event.data as {
      agencyId?: string;
      addresseeAgencyId?: string;
      recommendationId?: string;
    };
    if (data.agencyId ?? data.addresseeAgencyId) return data.agencyId ?? data.addresseeAgencyId;
    if (!data.recommendationId) return undefined;
    const { state } = await this.executor.loadState(
      streamIds.recommendation(data.recommendationId),
      recommendationDecider,
    );
    return state.status === 'none' ? undefined : state.addressee.currentAgencyId;
  }

  private async webhooks(): Promise<Extract<WebhookState, { webhookId: string }>[]> {
    const states = await Promise.all(
      this.outbox
        .webhookIds()
        .map(
          async (id) =>
            (await this.executor.loadState(streamIds.webhook(id), webhookDecider)).state,
        ),
    );
    return states.filter(
      (s): s is Extract<WebhookState, { webhookId: string }> => s.status !== 'none',
    );
  }
}
