import { Inject, Injectable, Logger, Optional } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { DomainRuleViolation, type AgencySuccessionRecorded, type LocalDate } from '@hdnd/domain';
import { EVENT_STORE, type EventStore } from '@hdnd/event-store';
import { AGENCY_CASES, type AgencyCases } from '@hdnd/read-models';
import type { CommandContext } from '../command-handling/command-context';
import { handoverKey } from './handover-key';
import { inGroups } from '../infrastructure/in-groups';
import { inChainOrder } from './succession-chains';
import { SubmitObstacleCommand } from '../obstacles/submit-obstacle-command';
import { SubmitRecommendationCommand } from '../recommendations/submit-recommendation-command';

/** What passing an agency's cases did: how many moved now, and where the last one landed. */
export interface Handover {
  readonly moved: number;
  /** The log position that covers every case passed on (0n when none was). */
  readonly position: bigint;
}

/**
 * When an agency is succeeded, its successor answers for every open case it answered for
 * (docs/domain-rules.md, the 2025 mergers): recommendations, obstacles assigned to it, and obstacles it
 * reported that nobody was assigned yet. Each passes by its own Transfer command, in the same
 * request (correlation) as the succession, so the history keeps the original addressee and
 * shows when and why the case moved. A case closed in the meantime is left where it is. Cases
 * pass 32 at a time (inGroups): a merger can move thousands at once.
 */
@Injectable()
export class SuccessionPolicy {
  private readonly logger = new Logger('SuccessionPolicy');

  constructor(
    private readonly commands: CommandBus,
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Optional() @Inject(AGENCY_CASES) private readonly cases?: AgencyCases,
  ) {}

  /**
   * Right after a succession is recorded: its cases pass now if it is in force `today`; one
   * that takes effect later is left to `transferDue`, so that until then the agency still
   * answers for its own cases. The position answered covers every case passed on — also on a
   * retry, which lists the cases already passed and answers their handovers again — so a read
   * at that position shows each of them with the successor (read-your-writes).
   */
  async transferOpenCases(
    succession: AgencySuccessionRecorded['data'],
    position: bigint,
    context: CommandContext,
    today: LocalDate,
  ): Promise<Handover> {
    if (succession.effectiveOn > today) {
      this.logger.log(
        `${succession.agencyId}'s cases pass to ${succession.successorId} on ${succession.effectiveOn}`,
      );
      return { moved: 0, position: 0n };
    }
    return this.transfer(succession, position, context, true);
  }

  /**
   * Every succession in force by `today` whose agency still holds open cases: they pass now
   * (the daily follow-up sweep runs this first, so reminders go to the right agency). Safe to
   * run twice or at once: a case already passed is refused by its own rules and left alone.
   */
  async transferDue(today: LocalDate, context: CommandContext): Promise<number> {
    if (!this.cases) return 0;
    let moved = 0;
    let position = 0n;
    for (const succession of inChainOrder(await this.cases.successionsInForceBy(today))) {
      // Each waits for the read models to show what the one upstream passed to it.
      const handover = await this.transfer(succession, position, context, false);
      moved += handover.moved;
      if (handover.position > position) position = handover.position;
    }
    if (moved > 0) this.logger.log(`${today}: ${moved} case(s) passed to successors`);
    return moved;
  }

  private async transfer(
    succession: Pick<
      AgencySuccessionRecorded['data'],
      'agencyId' | 'successorId' | 'effectiveOn' | 'basis'
    >,
    position: bigint,
    context: CommandContext,
    includePassed: boolean,
  ): Promise<Handover> {
    if (!this.cases) return { moved: 0, position: 0n };
    const { agencyId, successorId, effectiveOn, basis } = succession;
    // What was in the log before: a handover answered again from its key lies at or below it.
    const before = await this.store.headPosition();
    const cases = await this.cases.openCasesOf(
      agencyId,
      position,
      includePassed ? successorId : undefined,
    );
    const transfer = { fromAgencyId: agencyId, toAgencyId: successorId, effectiveOn, basis };
    const own = (kind: string, caseId: string) => ({
      ...context,
      expectedRevision: undefined,
      idempotency: handoverKey(kind, caseId, agencyId, successorId),
    });
    const pass = (command: SubmitRecommendationCommand | SubmitObstacleCommand) =>
      this.tolerateClosed(() => this.commands.execute(command));
    const landed = [
      ...(await inGroups(cases.recommendations, (recommendationId) =>
        pass(
          new SubmitRecommendationCommand(
            { type: 'TransferRecommendation', data: { recommendationId, ...transfer } },
            own('recommendation', recommendationId),
          ),
        ),
      )),
      ...(await inGroups(cases.obstacles, (obstacleId) =>
        pass(
          new SubmitObstacleCommand(
            { type: 'TransferObstacle', data: { obstacleId, ...transfer } },
            own('obstacle', obstacleId),
          ),
        ),
      )),
    ].filter((at): at is bigint => at !== undefined);
    return {
      moved: landed.filter((at) => at > before).length,
      position: landed.reduce((max, at) => (at > max ? at : max), 0n),
    };
  }

  /** A case closed, resolved or moved since the read model saw it stays where it is. */
  private async tolerateClosed(
    transfer: () => Promise<{ position: bigint }>,
  ): Promise<bigint | undefined> {
    try {
      return (await transfer()).position;
    } catch (error) {
      if (!(error instanceof DomainRuleViolation)) throw error;
      this.logger.log(`not transferred: ${error.code}`);
      return undefined;
    }
  }
}
