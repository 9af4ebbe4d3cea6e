import {
  Inject,
  Injectable,
  Logger,
  Optional,
  type OnApplicationBootstrap,
  type OnApplicationShutdown,
} from '@nestjs/common';
import { businessDateOf, streamIds, userDecider } from '@hdnd/domain';
import { CLOCK, DeciderExecutor, type Clock } from '@hdnd/application';
import { scheduledThrough } from './digest-day';
import { composeDigest } from './digest-message';
import { DigestLines } from './digest-lines';
import { NOTICE_DIGEST_QUEUE, type DigestQueue } from './digest-queue';
import type { NoticeMailer } from './notice-mailer';
import type { DigestKey } from './notice-line';
import type { NoticeOutbox } from './notice-outbox';
import {
  NOTICE_MAILER,
  NOTICE_OUTBOX,
  NOTICE_SETTINGS,
  redactedSmtpUrl,
  type NoticeSettings,
} from './notice-settings';

/** What happened to one digest when it was asked to go. */
export type DeliveryOutcome = 'sent' | 'dropped' | 'already-done';

/**
 * Closes the digests owed and sends each as one message: by hand, or on the schedule from the
 * digest hour on (before it, yesterday's and older only). With Redis each closed digest is a
 * BullMQ job (`<userId>.<day>`) that BullMQ retries; without it this courier sends them itself,
 * retrying with exponential backoff. After the last attempt the failure is kept for the admin.
 */
@Injectable()
export class DigestCourier implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('Notices');
  private timers: NodeJS.Timeout[] = [];
  /**
   * In process, sending runs one pass at a time — the timer's, the schedule's and a by-hand
   * one queue behind each other — so two passes never both find a digest owed and send it twice.
   */
  private chain: Promise<unknown> = Promise.resolve();
  private readonly waiting = new Set<string>();

  constructor(
    @Inject(NOTICE_OUTBOX) private readonly outbox: NoticeOutbox,
    @Inject(NOTICE_SETTINGS) private readonly settings: NoticeSettings,
    @Inject(NOTICE_MAILER) private readonly mailer: NoticeMailer,
    @Inject(CLOCK) private readonly clock: Clock,
    private readonly executor: DeciderExecutor,
    private readonly lines: DigestLines,
    @Optional() @Inject(NOTICE_DIGEST_QUEUE) private readonly queue?: DigestQueue,
  ) {}

  /** Off without SMTP_URL: nothing is owed, nothing sent. */
  get enabled(): boolean {
    return this.settings.smtpUrl !== undefined;
  }

  onApplicationBootstrap(): void {
    if (!this.enabled) return;
    // Said once, without the password the URL may carry.
    this.logger.log(`e-mail digests through ${redactedSmtpUrl(this.settings.smtpUrl!)}`);
    // With Redis, a BullMQ job scheduler closes digests and its workers send them.
    if (this.queue) return;
    // A tick whose pass is still waiting its turn adds none: passes do not pile up.
    const tick = (name: string, work: () => Promise<unknown>) => () => {
      if (this.waiting.has(name)) return;
      this.waiting.add(name);
      void this.serially(work)
        .catch((e: unknown) => this.logger.error(`digests: ${String(e)}`))
        .finally(() => this.waiting.delete(name));
    };
    this.timers.push(
      setInterval(
        tick('deliver', () => this.deliverDue()),
        this.settings.pollMs,
      ).unref(),
    );
    if (this.settings.scheduleMs > 0)
      this.timers.push(
        setInterval(
          tick('close', () => this.closeScheduled()),
          this.settings.scheduleMs,
        ).unref(),
      );
  }

  async onApplicationShutdown(): Promise<void> {
    for (const timer of this.timers) clearInterval(timer);
    await this.chain;
  }

  private serially<T>(work: () => Promise<T>): Promise<T> {
    const next = this.chain.then(work, work);
    this.chain = next.catch(() => undefined);
    return next;
  }

  /** The schedule's step: from the digest hour on, today's digests; before it, older ones. */
  closeScheduled(): Promise<DigestKey[]> {
    return this.close(scheduledThrough(this.clock.now(), this.settings.digestHour));
  }

  /**
   * By hand: closes every digest owed up to today and has it sent — at once without Redis (a
   * failure is retried on the courier's timer), as jobs with it.
   */
  async sendNow(): Promise<{ day: string; enabled: boolean; digests: number }> {
    const day = businessDateOf(this.clock.now());
    if (!this.enabled) return { day, enabled: false, digests: 0 };
    const closed = await this.close(day);
    // One pass now, in turn with the timer's, so the answer comes after the sending.
    if (!this.queue) await this.serially(() => this.deliverDue());
    return { day, enabled: true, digests: closed.length };
  }

  private async close(throughDay: string): Promise<DigestKey[]> {
    const closed = this.outbox.closeDigests(throughDay, Date.now());
    if (this.queue && closed.length > 0) await this.queue.enqueue(closed);
    if (this.queue) {
      // Closed digests the queue may not hold (a crash between closing and queueing) go again:
      // their job ids are the same, so BullMQ keeps each once.
      const pending = this.outbox.due(Number.MAX_SAFE_INTEGER, 1_000);
      const again = pending.filter(
        (d) => !closed.some((c) => c.userId === d.userId && c.day === d.day),
      );
      if (again.length > 0) await this.queue.enqueue(again);
    }
    return closed;
  }

  private async deliverDue(): Promise<void> {
    for (const owed of this.outbox.due(Date.now())) {
      try {
        await this.deliver(owed);
      } catch (error) {
        const reason = error instanceof Error ? error.message : String(error);
        const attempts = owed.attempts + 1;
        if (attempts < this.settings.maxAttempts) {
          const nextAt = Date.now() + this.settings.backoffMs * 2 ** owed.attempts;
          this.outbox.retryLater(owed, nextAt, reason);
        } else this.recordFailure(owed, reason, attempts);
      }
    }
  }

  /**
   * Composes one person's digest of one day and sends it; throws with the reason when the
   * server does not take it. A digest already sent is not sent again (a job run twice).
   */
  async deliver(key: DigestKey): Promise<DeliveryOutcome> {
    const status = this.outbox.statusOf(key);
    if (status !== undefined && status !== 'owed') return 'already-done';
    const { state } = await this.executor.loadState(streamIds.user(key.userId), userDecider);
    const choice = state.status === 'active' ? state.notices : undefined;
    // The person's choice as it is now: someone who opted out since is sent nothing more.
    const facts = this.outbox
      .linesOf(key)
      .map((l) => l.facts)
      .filter((f) => (f.kind === 'reminder' ? choice?.reminders : choice?.missedDeadlines));
    if (state.status !== 'active' || choice?.email === undefined || facts.length === 0) {
      this.outbox.finished(key, 'dropped', this.clock.now(), 'no address or nothing chosen now');
      return 'dropped';
    }
    const message = composeDigest({
      day: key.day,
      recipientName: state.displayName,
      consoleUrl: this.settings.consoleUrl,
      lines: await this.lines.of(key, facts),
    });
    await this.mailer.send({ ...message, to: choice.email });
    this.outbox.finished(key, 'sent', this.clock.now());
    return 'sent';
  }

  /** The digest is given up: kept with its reason, for GET /api/admin/notices/failures. */
  recordFailure(key: DigestKey, reason: string, attempts: number): void {
    this.outbox.failed(key, reason, attempts, this.clock.now());
    this.logger.warn(
      `gave up the digest ${key.userId}.${key.day} after ${attempts} attempts: ${reason}`,
    );
  }

  failures() {
    return this.outbox.failures();
  }
}
