import {
  Inject,
  Injectable,
  Logger,
  Optional,
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
import { DeciderExecutor } from '@hdnd/application';
import { WEBHOOK_DELIVERY_QUEUE, type Delivery, type DeliveryQueue } from './delivery-queue';
import type { WebhookOutbox } from './webhook-outbox';
import { WEBHOOK_OUTBOX } from './webhook-settings';

const DELIVERABLE = new Set<string>(WEBHOOK_EVENT_TYPES);
type ActiveOrDisabled = Extract<WebhookState, { webhookId: string }>;

/** What the dispatcher reads: what it delivers, and what changes the webhooks. */
const READ: ReadonlySet<string> = new Set([
  ...WEBHOOK_EVENT_TYPES,
  'WebhookRegistered',
  'WebhookDisabled',
  'WebhookDeliveryFailed',
]);

/** How long one try to queue deliveries on Redis may take. */
const ENQUEUE_TIMEOUT_MS = 5_000;

/** Events read between two checkpoint writes when they owe nothing. */
const CHECKPOINT_EVERY = 500;

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
  private sinceCheckpoint = 0;
  /** Every webhook, kept current from the Webhook* events the dispatcher reads in order. */
  private readonly registry = new Map<string, ActiveOrDisabled>();

  private stopping = false;
  private readonly wakers = new Set<() => void>();

  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(WEBHOOK_OUTBOX) private readonly outbox: WebhookOutbox,
    private readonly executor: DeciderExecutor,
    @Optional() @Inject(WEBHOOK_DELIVERY_QUEUE) private readonly queue?: DeliveryQueue,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    const checkpoint = this.outbox.checkpoint();
    // The webhooks as of the checkpoint; from there on the log itself says what changes.
    for (const state of await this.foldWebhooks()) this.registry.set(state.webhookId, state);
    this.subscription = this.store.subscribe({ afterPosition: checkpoint, types: READ });
    const subscription = this.subscription;
    this.loop = (async () => {
      for await (const event of subscription) await this.dispatch(event);
    })().catch((error: unknown) => this.logger.error(`dispatch stopped: ${String(error)}`));
  }

  async onApplicationShutdown(): Promise<void> {
    this.stopping = true;
    for (const wake of this.wakers) wake();
    await this.subscription?.close();
    await this.loop;
  }

  private async dispatch(event: RecordedEvent): Promise<void> {
    if (event.type.startsWith('Webhook')) await this.refresh(event.streamId);
    const owed = DELIVERABLE.has(event.type) ? await this.owedFor(event) : [];
    // Most events owe nothing: the checkpoint then moves now and again (each write is an
    // fsync), and a restart re-reads at most that many events, owing them nothing again.
    if (owed.length > 0 || ++this.sinceCheckpoint >= CHECKPOINT_EVERY) {
      if (this.queue && owed.length > 0) {
        // Queued first, then the checkpoint: a crash between the two queues them again,
        // under the same job ids, which BullMQ keeps once.
        if (!(await this.enqueue(this.queue, owed))) return;
        this.outbox.owe(event.position, [], Date.now());
      } else this.outbox.owe(event.position, owed, Date.now());
      this.sinceCheckpoint = 0;
    }
  }

  /**
   * Hands deliveries to BullMQ, waiting out a Redis outage (1 s, doubling to 30 s): the log
   * keeps the events meanwhile, so notifications are late, never lost. False when stopping.
   */
  private async enqueue(queue: DeliveryQueue, owed: readonly Delivery[]): Promise<boolean> {
    for (let wait = 1_000; !this.stopping; wait = Math.min(wait * 2, 30_000)) {
      try {
        // ioredis holds commands while Redis is away; past the bound, this try counts as failed
        // (should it land later, the next try's job ids are the same).
        await Promise.race([
          queue.enqueue(owed),
          this.pause(ENQUEUE_TIMEOUT_MS).then(() => {
            throw new Error(`no answer from Redis within ${ENQUEUE_TIMEOUT_MS / 1000} s`);
          }),
        ]);
        return true;
      } catch (error) {
        if (this.stopping) break;
        this.logger.warn(
          `cannot queue ${owed.length} deliveries (${error instanceof Error ? error.message : String(error)}); trying again in ${wait / 1000} s`,
        );
        await this.pause(wait);
      }
    }
    return false;
  }

  /** A wait that shutdown cuts short. */
  private pause(ms: number): Promise<void> {
    return new Promise((resolve) => {
      const done = () => {
        clearTimeout(timer);
        this.wakers.delete(done);
        resolve();
      };
      const timer = setTimeout(done, ms);
      this.wakers.add(done);
    });
  }

  private async owedFor(event: RecordedEvent) {
    const webhooks = [...this.registry.values()].filter(
      (w) => w.status === 'active' && (w.eventTypes as readonly string[]).includes(event.type),
    );
    if (webhooks.length === 0) return [];
    const agencyId = await this.agencyOf(event);
    const payload = JSON.stringify({
      id: event.eventId,
      type: event.type,
      recordedAt: event.metadata.recordedAt,
      streamId: event.streamId,
      data: event.data,
    });
    return webhooks
      .filter((w) => w.agencyId === undefined || w.agencyId === agencyId)
      .map((w) => ({
        eventId: event.eventId,
        webhookId: w.webhookId,
        eventType: event.type,
        payload,
      }));
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

  /** Folds one webhook's stream again when the log says it changed. */
  private async refresh(streamId: string): Promise<void> {
    const { state } = await this.executor.loadState(streamId, webhookDecider);
    if (state.status !== 'none') this.registry.set(state.webhookId, state);
  }

  private async foldWebhooks(): Promise<ActiveOrDisabled[]> {
    const states = await Promise.all(
      this.outbox
        .webhookIds()
        .map(
          async (id) =>
            (await this.executor.loadState(streamIds.webhook(id), webhookDecider)).state,
        ),
    );
    return states.filter((s): s is ActiveOrDisabled => s.status !== 'none');
  }
}
