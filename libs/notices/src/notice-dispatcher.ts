import {
  Inject,
  Injectable,
  Logger,
  type OnApplicationBootstrap,
  type OnApplicationShutdown,
} from '@nestjs/common';
import { businessDateOf, streamIds, userDecider, type UserState } from '@hdnd/domain';
import {
  EVENT_STORE,
  type EventStore,
  type RecordedEvent,
  type Subscription,
} from '@hdnd/event-store';
import { CLOCK, DeciderExecutor, type Clock } from '@hdnd/application';
import type { NoticeFacts, NoticeLine } from './notice-line';
import type { NoticeOutbox } from './notice-outbox';
import { NOTICE_OUTBOX } from './notice-settings';

type Account = Exclude<UserState, { status: 'none' }>;

const NOTICES = new Set(['ReminderIssued', 'DeadlineMissed']);
const USER_EVENTS = new Set([
  'UserRegistered',
  'RoleGranted',
  'UserDisabled',
  'UserEnabled',
  'NoticesChosen',
]);

/** Events read between two checkpoint writes when they owe nothing. */
const CHECKPOINT_EVERY = 500;

/**
 * A fact older than this when first read is history, not news: a log read from the start (the
 * first run of a deployment that kept its log) owes no digest of years of reminders.
 */
const NEWS_DAYS = 7;

interface FollowUpData {
  recommendationId: string;
  agencyId: string;
  deadline: string;
  dueOn: string;
  workingDaysLeft?: number;
  issuedOn?: string;
  missedOn?: string;
}

/**
 * Reads the log from its checkpoint and writes, for each reminder and missed deadline, one line
 * per person owed it — the officers of the agency that holds the case and the secretariat, each
 * with an address and having chosen that kind — in the outbox, with the checkpoint, in one
 * transaction. Who is owed what is decided as the log stood when the fact was read: a choice
 * made later counts from then on.
 */
@Injectable()
export class NoticeDispatcher implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('Notices');
  private subscription: Subscription | undefined;
  private loop: Promise<void> | undefined;
  private sinceCheckpoint = 0;
  /** Every account, kept current from the user events the dispatcher reads in order. */
  private readonly accounts = new Map<string, Account>();

  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(NOTICE_OUTBOX) private readonly outbox: NoticeOutbox,
    @Inject(CLOCK) private readonly clock: Clock,
    private readonly executor: DeciderExecutor,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    for (const id of this.outbox.recipientIds()) await this.refresh(id);
    this.subscription = this.store.subscribe({
      afterPosition: this.outbox.checkpoint(),
      types: new Set([...NOTICES, ...USER_EVENTS]),
    });
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
    if (USER_EVENTS.has(event.type)) {
      const { userId } = event.data as { userId: string };
      await this.refresh(userId);
      // A new account is remembered at once: a restart folds it again from its stream.
      this.outbox.owe(event.position, [], event.type === 'UserRegistered' ? [userId] : []);
      this.sinceCheckpoint = 0;
      return;
    }
    const owed = NOTICES.has(event.type) ? this.owedFor(event) : [];
    // Most events owe nothing: the checkpoint then moves now and again (each write is an fsync).
    if (owed.length > 0 || ++this.sinceCheckpoint >= CHECKPOINT_EVERY) {
      this.outbox.owe(event.position, owed);
      this.sinceCheckpoint = 0;
    }
  }

  private owedFor(event: RecordedEvent): NoticeLine[] {
    const data = event.data as FollowUpData;
    const kind = event.type === 'ReminderIssued' ? 'reminder' : 'missed';
    const today = businessDateOf(this.clock.now());
    const day = (kind === 'reminder' ? data.issuedOn : data.missedOn) ?? today;
    if (Date.parse(today) - Date.parse(day) > NEWS_DAYS * 86_400_000) return [];
    const facts: NoticeFacts = {
      kind,
      recommendationId: data.recommendationId,
      agencyId: data.agencyId,
      deadline: data.deadline,
      dueOn: data.dueOn,
      ...(data.workingDaysLeft !== undefined && { workingDaysLeft: data.workingDaysLeft }),
    };
    return [...this.accounts.values()]
      .filter(
        (a) =>
          a.status === 'active' &&
          a.notices?.email !== undefined &&
          (kind === 'reminder' ? a.notices.reminders : a.notices.missedDeadlines) &&
          (a.role === 'secretariat' || (a.role === 'agency' && a.agencyId === data.agencyId)),
      )
      .map((a) => ({ userId: a.userId, day, eventId: event.eventId, facts }));
  }

  private async refresh(userId: string): Promise<void> {
    const { state } = await this.executor.loadState(streamIds.user(userId), userDecider);
    if (state.status !== 'none') this.accounts.set(userId, state);
  }
}
