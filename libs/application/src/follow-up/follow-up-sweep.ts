import { Inject, Injectable, Logger } from '@nestjs/common';
import { createHash, randomUUID } from 'node:crypto';
import {
  DEFAULT_REMINDER_DAYS,
  followUpKey,
  recommendationDecider,
  streamIds,
  type FollowUpEvent,
  type RecommendationEvent,
} from '@hdnd/domain';
import { nextTurn } from '@hdnd/event-store';
import { OPEN_RECOMMENDATIONS, type OpenRecommendations } from '@hdnd/read-models';
import { AnnouncedCalendar } from '../calendar/announced-calendar';
import { SYSTEM_ACTOR } from '../command-handling/command-context';
import { SuccessionPolicy } from '../agencies/succession-policy';
import { DeciderExecutor } from '../command-handling/decider-executor';
import { businessToday } from '../infrastructure/business-date';
import { CLOCK, type Clock } from '../infrastructure/tokens';

export interface FollowUpSettings {
  /** Working days before a deadline when reminders go out (FOLLOW_UP_REMINDER_DAYS, "15,7,3"). */
  readonly reminderDays: readonly number[];
}

export const FOLLOW_UP_SETTINGS = Symbol('FOLLOW_UP_SETTINGS');

export const defaultFollowUpSettings: FollowUpSettings = { reminderDays: DEFAULT_REMINDER_DAYS };

/**
 * Cases decided between two turns of the event loop. Most cases have nothing due, and deciding
 * one that appends nothing never leaves the microtask queue (the embedded store reads
 * synchronously): without a pause, a sweep of 100 000 open cases would hold every request for
 * its whole length, at start and then on each schedule.
 */
const CASES_PER_TURN = 50;

/** The same fact about the same case always gets the same event id, whoever records it. */
const eventIdOf = (recommendationId: string) => (event: RecommendationEvent) => {
  const hex = createHash('sha256')
    .update(`follow-up|${recommendationId}|${followUpKey(event as FollowUpEvent)}`)
    .digest('hex');
  // A UUID's shape (version nibble 8: "custom", RFC 9562), so every store takes it as an id.
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-8${hex.slice(13, 16)}-a${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
};

export interface SweepReport {
  readonly today: string;
  readonly checked: number;
  readonly recorded: number;
  /** Cases passed to successors whose succession took effect (by today). */
  readonly transferred: number;
}

/**
 * Goes through every open recommendation and asks its decider what follow-up is due today:
 * reminders before a deadline, a missed deadline after it. Runs on a schedule and at start; run
 * twice, or on two workers at once, it records each fact once — the decision remembers what
 * was recorded, the append expects the revision it decided on, and the event ids are derived
 * from the fact.
 */
@Injectable()
export class FollowUpSweep {
  private readonly logger = new Logger('FollowUp');

  constructor(
    private readonly executor: DeciderExecutor,
    @Inject(OPEN_RECOMMENDATIONS) private readonly open: OpenRecommendations,
    @Inject(CLOCK) private readonly clock: Clock,
    @Inject(FOLLOW_UP_SETTINGS) private readonly settings: FollowUpSettings,
    private readonly calendar: AnnouncedCalendar,
    private readonly successions: SuccessionPolicy,
  ) {}

  async run(): Promise<SweepReport> {
    const today = businessToday(this.clock);
    // First the cases of successions that took effect: their reminders go to the successor.
    const transferred = await this.successions.transferDue(today, {
      commandId: randomUUID(),
      correlationId: randomUUID(),
      actor: SYSTEM_ACTOR,
    });
    // Fixed holidays plus what the government announced, as recorded in the log now.
    const calendar = await this.calendar.workingCalendar();
    const ids = await this.open.ids();
    const correlationId = randomUUID();
    let recorded = 0;
    for (const [n, recommendationId] of ids.entries()) {
      if (n > 0 && n % CASES_PER_TURN === 0) await nextTurn();
      const result = await this.executor.execute({
        streamId: streamIds.recommendation(recommendationId),
        decider: recommendationDecider,
        context: { commandId: randomUUID(), correlationId, actor: SYSTEM_ACTOR },
        answer: { id: recommendationId },
        eventIdOf: eventIdOf(recommendationId),
        command: async () => ({
          type: 'FollowUpDeadlines' as const,
          data: { recommendationId, today, reminderDays: this.settings.reminderDays },
          calendar,
        }),
      });
      recorded += result.appended ?? 0;
    }
    if (recorded > 0)
      this.logger.log(`${today}: ${recorded} reminder(s) and missed deadline(s) recorded`);
    return { today, checked: ids.length, recorded, transferred };
  }
}
