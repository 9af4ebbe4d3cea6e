import { Inject, Injectable, Logger, Optional } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { DomainRuleViolation, type AgencySuccessionRecorded, type LocalDate } from '@hdnd/domain';
import { AGENCY_CASES, type AgencyCases } from '@hdnd/read-models';
import type { CommandContext } from '../command-handling/command-context';
import { inGroups } from '../infrastructure/in-groups';
import { SubmitObstacleCommand } from '../obstacles/submit-obstacle-command';
import { SubmitRecommendationCommand } from '../recommendations/submit-recommendation-command';

/**
 * When an agency is succeeded, its successor answers for its open recommendations and
 * obstacles (DOMAIN.md, the 2025 mergers): each passes by its own Transfer command, in the same
 * request (correlation) as the succession, so the history keeps the original addressee and
 * shows when and why the case moved. A case closed in the meantime is left where it is. Cases
 * pass 32 at a time (inGroups): a merger can move thousands at once.
 */
@Injectable()
export class SuccessionPolicy {
  private readonly logger = new Logger('SuccessionPolicy');

  constructor(
    private readonly commands: CommandBus,
    @Optional() @Inject(AGENCY_CASES) private readonly cases?: AgencyCases,
  ) {}

  /**
   * Right after a succession is recorded: its cases pass now if it is in force `today`; one
   * that takes effect later is left to `transferDue`, so that until then the agency still
   * answers for its own cases.
   */
  async transferOpenCases(
    succession: AgencySuccessionRecorded['data'],
    position: bigint,
    context: CommandContext,
    today: LocalDate,
  ): Promise<number> {
    if (succession.effectiveOn > today) {
      this.logger.log(
        `${succession.agencyId}'s cases pass to ${succession.successorId} on ${succession.effectiveOn}`,
      );
      return 0;
    }
    return this.transfer(succession, position, context);
  }

  /**
   * Every succession in force by `today` whose agency still holds open cases: they pass now
   * (the daily follow-up sweep runs this first, so reminders go to the right agency). Safe to
   * run twice or at once: a case already passed is refused by its own rules and left alone.
   */
  async transferDue(today: LocalDate, context: CommandContext): Promise<number> {
    if (!this.cases) return 0;
    let moved = 0;
    for (const succession of await this.cases.successionsInForceBy(today))
      moved += await this.transfer(succession, 0n, context);
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
  ): Promise<number> {
    if (!this.cases) return 0;
    const { agencyId, successorId, effectiveOn, basis } = succession;
    const open = await this.cases.openCasesOf(agencyId, position);
    const transfer = { fromAgencyId: agencyId, toAgencyId: successorId, effectiveOn, basis };
    const own = { ...context, expectedRevision: undefined, idempotency: undefined };
    const pass = (command: SubmitRecommendationCommand | SubmitObstacleCommand) =>
      this.tolerateClosed(() => this.commands.execute(command));
    const moved = [
      ...(await inGroups(open.recommendations, (recommendationId) =>
        pass(
          new SubmitRecommendationCommand(
            { type: 'TransferRecommendation', data: { recommendationId, ...transfer } },
            own,
          ),
        ),
      )),
      ...(await inGroups(open.obstacles, (obstacleId) =>
        pass(
          new SubmitObstacleCommand(
            { type: 'TransferObstacle', data: { obstacleId, ...transfer } },
            own,
          ),
        ),
      )),
    ];
    return moved.reduce((sum, n) => sum + n, 0);
  }

  /** A case closed, resolved or moved since the read model saw it stays where it is. */
  private async tolerateClosed(transfer: () => Promise<unknown>): Promise<number> {
    try {
      await transfer();
      return 1;
    } catch (error) {
      if (!(error instanceof DomainRuleViolation)) throw error;
      this.logger.log(`not transferred: ${error.code}`);
      return 0;
    }
  }
}
