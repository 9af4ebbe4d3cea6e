import { Inject } from '@nestjs/common';
import { Command, CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import {
  obstacleDecider,
  streamIds,
  type AssignObstacle,
  type MergeObstacles,
  type ObstacleCommand,
  type ReferObstacle,
} from '@hdnd/domain';
import type { CommandContext, CommandResult } from '../command-handling/command-context';
import { DeciderExecutor } from '../command-handling/decider-executor';
import { Standings } from '../command-handling/standings';
import { answeringAgencyOfObstacle, ensureAgencyAnswersFor } from '../authorization/case-access';
import { businessToday } from '../infrastructure/business-date';
import { CLOCK, type Clock } from '../infrastructure/tokens';

type Looked<C extends { type: string; data: unknown }> = Readonly<{
  type: C['type'];
  data: C['data'];
}>;

/** A command as the caller sends it; agencies and merge targets are looked up here. */
export type ObstacleInput =
  | Looked<AssignObstacle>
  | Looked<ReferObstacle>
  | Looked<MergeObstacles>
  | Exclude<ObstacleCommand, AssignObstacle | ReferObstacle | MergeObstacles>;

export class SubmitObstacleCommand extends Command<CommandResult> {
  constructor(
    readonly input: ObstacleInput,
    readonly context: CommandContext,
  ) {
    super();
  }
}

@CommandHandler(SubmitObstacleCommand)
export class SubmitObstacleCommandHandler implements ICommandHandler<SubmitObstacleCommand> {
  constructor(
    private readonly executor: DeciderExecutor,
    private readonly standings: Standings,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async execute({ input, context }: SubmitObstacleCommand): Promise<CommandResult> {
    const { obstacleId } = input.data;
    const result = await this.executor.execute({
      streamId: streamIds.obstacle(obstacleId),
      decider: obstacleDecider,
      context,
      mustExist: input.type === 'RecordObstacle' ? undefined : { kind: 'obstacle', id: obstacleId },
      answer: { id: obstacleId },
      authorize: (state) =>
        ensureAgencyAnswersFor(context, answeringAgencyOfObstacle(state), 'obstacle'),
      // The decider refuses work dated after the day it is recorded, in Vietnam.
      command: async () => ({
        ...(await this.withStandings(input)),
        today: businessToday(this.clock),
      }),
    });
    return result;
  }

  private async withStandings(input: ObstacleInput): Promise<ObstacleCommand> {
    switch (input.type) {
      case 'AssignObstacle':
        return { ...input, agency: await this.standings.agency(input.data.agencyId) };
      case 'ReferObstacle':
        return { ...input, agency: await this.standings.agency(input.data.toAgencyId) };
      case 'MergeObstacles':
        return { ...input, target: await this.standings.obstacle(input.data.intoObstacleId) };
      default:
        return input;
    }
  }
}
