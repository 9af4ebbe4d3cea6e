import { Inject } from '@nestjs/common';
import { Command, CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import {
  delegationDecider,
  obstacleDecider,
  streamIds,
  type ConcludeDelegation,
  type DelegationCommand,
  type EstablishDelegation,
  type FormWorkingGroup,
  type PublishDelegationResults,
  type RecordFinding,
  type RecordSurvey,
  type WithdrawPublication,
} from '@hdnd/domain';
import type { CommandContext, CommandResult } from '../command-handling/command-context';
import { DeciderExecutor } from '../command-handling/decider-executor';
import { Standings } from '../command-handling/standings';
import { ensureMemberOf } from '../authorization/case-access';
import { businessToday } from '../infrastructure/business-date';
import { CLOCK, ID_GENERATOR, type Clock, type IdGenerator } from '../infrastructure/tokens';

/** A command as the caller sends it; standings of the agencies involved are looked up here. */
export type DelegationInput =
  | EstablishDelegation
  | FormWorkingGroup
  | Readonly<{ type: 'RecordSurvey'; data: RecordSurvey['data'] }>
  | Readonly<{ type: 'RecordFinding'; data: RecordFinding['data'] }>
  | ConcludeDelegation
  | PublishDelegationResults
  | WithdrawPublication;

/** What a command creates inside the delegation, answered by id: groups, surveys, findings, obstacles. */
const relatedIds = (input: DelegationInput): Record<string, string> | undefined => {
  switch (input.type) {
    case 'FormWorkingGroup':
      return { workingGroupId: input.data.workingGroupId };
    case 'RecordSurvey':
      return { surveyId: input.data.surveyId };
    case 'RecordFinding':
      return {
        findingId: input.data.findingId,
        ...(input.data.obstacleId !== undefined && { obstacleId: input.data.obstacleId }),
      };
    default:
      return undefined;
  }
};

export class SubmitDelegationCommand extends Command<CommandResult> {
  constructor(
    readonly input: DelegationInput,
    readonly context: CommandContext,
  ) {
    super();
  }
}

@CommandHandler(SubmitDelegationCommand)
export class SubmitDelegationCommandHandler implements ICommandHandler<SubmitDelegationCommand> {
  constructor(
    private readonly executor: DeciderExecutor,
    private readonly standings: Standings,
    @Inject(ID_GENERATOR) private readonly ids: IdGenerator,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async execute({ input, context }: SubmitDelegationCommand): Promise<CommandResult> {
    const { delegationId } = input.data;
    // An obstacle finding opens an obstacle; its id is fixed now so that a retry names the same one.
    const prepared: DelegationInput =
      input.type === 'RecordFinding' &&
      input.data.kind === 'obstacle' &&
      input.data.obstacleId === undefined
        ? { ...input, data: { ...input.data, obstacleId: this.ids.next() } }
        : input;
    const related = relatedIds(prepared);
    const result = await this.executor.execute({
      streamId: streamIds.delegation(delegationId),
      decider: delegationDecider,
      context,
      mustExist:
        prepared.type === 'EstablishDelegation'
          ? undefined
          : { kind: 'delegation', id: delegationId },
      answer: { id: delegationId, ...(related && { related }) },
      authorize: () => ensureMemberOf(context, delegationId),
      // The decider refuses work dated after the day it is recorded, in Vietnam.
      command: async () => ({
        ...(await this.withStandings(prepared)),
        today: businessToday(this.clock),
      }),
    });
    // A replayed answer (same Idempotency-Key) did all of this the first time.
    if (
      !result.replayed &&
      prepared.type === 'RecordFinding' &&
      prepared.data.obstacleId !== undefined
    ) {
      await this.openObstacle(prepared.data, prepared.data.obstacleId, context);
    }
    return result;
  }

  private async withStandings(input: DelegationInput): Promise<DelegationCommand> {
    switch (input.type) {
      case 'RecordSurvey':
        return { ...input, agencies: await this.standings.agencies(input.data.agencyIds) };
      case 'RecordFinding':
        return { ...input, agency: await this.standings.agency(input.data.agencyId) };
      default:
        return input;
    }
  }

  /**
   * The obstacle lives in its own stream. It is opened right after its finding; the finding
   * already names the obstacle id, so if this step fails the gap is visible and can be repaired
   * by replaying RecordObstacle with that id (the stream must not exist yet).
   */
  private async openObstacle(
    finding: RecordFinding['data'],
    obstacleId: string,
    context: CommandContext,
  ) {
    await this.executor.execute({
      streamId: streamIds.obstacle(obstacleId),
      decider: obstacleDecider,
      context: { ...context, expectedRevision: undefined, idempotency: undefined },
      answer: { id: obstacleId },
      command: async () => ({
        type: 'RecordObstacle' as const,
        data: {
          obstacleId,
          delegationId: finding.delegationId,
          findingId: finding.findingId,
          ...(finding.surveyId !== undefined && { surveyId: finding.surveyId }),
          sourceAgencyId: finding.agencyId,
          statement: finding.statement,
          recordedOn: finding.recordedOn,
        },
      }),
    });
  }
}
