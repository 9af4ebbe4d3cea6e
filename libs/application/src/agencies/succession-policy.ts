import { Inject, Injectable, Logger, Optional } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { DomainRuleViolation, type AgencySuccessionRecorded } from '@hdnd/domain';
import { AGENCY_CASES, type AgencyCases } from '@hdnd/read-models';
import type { CommandContext } from '../command-handling/command-context';
import { SubmitObstacleCommand } from '../obstacles/submit-obstacle-command';
import { SubmitRecommendationCommand } from '../recommendations/submit-recommendation-command';

/**
 * When an agency is succeeded, its successor answers for its open recommendations and
 * obstacles (DOMAIN.md, the 2025 mergers): each passes by its own Transfer command, in the same
 * request (correlation) as the succession, so the history keeps the original addressee and
 * shows when and why the case moved. A case closed in the meantime is left where it is.
 */
@Injectable()
export class SuccessionPolicy {
  private readonly logger = new Logger('SuccessionPolicy');

  constructor(
    private readonly commands: CommandBus,
    @Optional() @Inject(AGENCY_CASES) private readonly cases?: AgencyCases,
  ) {}

  async transferOpenCases(
    succession: AgencySuccessionRecorded['data'],
    position: bigint,
    context: CommandContext,
  ): Promise<number> {
    if (!this.cases) return 0;
    const { agencyId, successorId, effectiveOn, basis } = succession;
    const open = await this.cases.openCasesOf(agencyId, position);
    const transfer = { fromAgencyId: agencyId, toAgencyId: successorId, effectiveOn, basis };
    const own = { ...context, expectedRevision: undefined, idempotency: undefined };
    let moved = 0;
    for (const recommendationId of open.recommendations) {
      moved += await this.tolerateClosed(() =>
        this.commands.execute(
          new SubmitRecommendationCommand(
            { type: 'TransferRecommendation', data: { recommendationId, ...transfer } },
            own,
          ),
        ),
      );
    }
    for (const obstacleId of open.obstacles) {
      moved += await this.tolerateClosed(() =>
        this.commands.execute(
          new SubmitObstacleCommand(
            { type: 'TransferObstacle', data: { obstacleId, ...transfer } },
            own,
          ),
        ),
      );
    }
    return moved;
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
