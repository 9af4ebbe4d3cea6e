import { Inject, Injectable, Logger } from '@nestjs/common';
import { createHash, randomUUID } from 'node:crypto';
import {
  DEFAULT_REMINDER_DAYS,
  followUpKey,
  recommendationDecider,
  streamIds,
  type FollowUpEvent,
  type RecommendationEvent,
  type WorkingCalendar,
} from '@hdnd/domain';
import { OPEN_RECOMMENDATIONS, type OpenRecommendations } from '@hdnd/read-models';
import { AnnouncedCalendar } from '../calendar/announced-calendar';
import { SYSTEM_ACTOR } from '../command-handling/command-context';
import { SuccessionPolicy } from '../agencies/succession-policy';
import { DeciderExecutor } from '../command-handling/decider-executor';
import { businessToday } from '../infrastructure/business-date';
import { inGroups } from '../infrastructure/in-groups';
import { CLOCK, type Clock } from '../infrastructure/tokens';

export interface FollowUpSettings {
  /** Working days before a deadline when reminders go out (FOLLOW_UP_REMINDER_DAYS, "15,7,3"). */
  readonly reminderDays: readonly number[];
}

export const FOLLOW_UP_SETTINGS = Symbol('FOLLOW_UP_SETTINGS');

export const defaultFollowUpSettings: FollowUpSettings = { reminderDays: DEFAULT_REMINDER_DAYS };

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
    const correlationId = randomUUID();
    let checked = 0;
    let recorded = 0;
    // 32 cases at once: a missed deadline recorded on 100 000 cases took 91–107 s one case at
    // a time, 20.8 s in groups; a sweep with nothing due held /health for 8.7 s (docs/jobs.md).
    for await (const ids of this.open.pages()) {
      checked += ids.length;
      const group = await inGroups(ids, (id) => this.followUp(id, today, calendar, correlationId));
      recorded += group.reduce((sum, n) => sum + n, 0);
    }
    if (recorded > 0)
      this.logger.log(`${today}: ${recorded} reminder(s) and missed deadline(s) recorded`);
    return { today, checked, recorded, transferred };
  }

  /** Asks one case's decider what is due today; how many events that recorded. */
  private async followUp(
    recommendationId: string,
    today: string,
    calendar: WorkingCalendar,
    correlationId: string,
  ): Promise<number> {
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
    return result.appended;
  }
}
