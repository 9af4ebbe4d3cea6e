import { Command, CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import {
  recommendationDecider,
  streamIds,
  type IssueRecommendation,
  type RecommendationCommand,
} from '@hdnd/domain';
import type { CommandContext, CommandResult } from '../command-handling/command-context';
import { DeciderExecutor } from '../command-handling/decider-executor';
import { Standings } from '../command-handling/standings';

/** A command as the caller sends it; IssueRecommendation's delegation and addressee are looked up here. */
export type RecommendationInput =
  | Readonly<{ type: 'IssueRecommendation'; data: IssueRecommendation['data'] }>
  | Exclude<RecommendationCommand, IssueRecommendation>;

export class SubmitRecommendationCommand extends Command<CommandResult> {
  constructor(
    readonly input: RecommendationInput,
    readonly context: CommandContext,
  ) {
    super();
  }
}

@CommandHandler(SubmitRecommendationCommand)
export class SubmitRecommendationCommandHandler implements ICommandHandler<SubmitRecommendationCommand> {
  constructor(
    private readonly executor: DeciderExecutor,
    private readonly standings: Standings,
  ) {}

  async execute({ input, context }: SubmitRecommendationCommand): Promise<CommandResult> {
    const { recommendationId } = input.data;
    const result = await this.executor.execute({
      streamId: streamIds.recommendation(recommendationId),
      decider: recommendationDecider,
      context,
      mustExist:
        input.type === 'IssueRecommendation'
          ? undefined
          : { kind: 'recommendation', id: recommendationId },
      command: async (): Promise<RecommendationCommand> =>
        input.type === 'IssueRecommendation'
          ? {
              ...input,
              delegation: await this.standings.delegation(input.data.delegationId),
              addressee: await this.standings.agency(input.data.addresseeAgencyId),
            }
          : input,
    });
    return {
      id: recommendationId,
      streamId: result.streamId,
      revision: result.revision,
      position: result.position,
    };
  }
}
