import { Inject } from '@nestjs/common';
import { Command, CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import {
  explanationSessionDecider,
  streamIds,
  type ExplanationSessionCommand,
  type HoldExplanationSession,
  type RecordExplanationConclusion,
} from '@hdnd/domain';
import type { CommandContext, CommandResult } from '../command-handling/command-context';
import { DeciderExecutor } from '../command-handling/decider-executor';
import { Standings } from '../command-handling/standings';
import { businessToday } from '../infrastructure/business-date';
import { CLOCK, type Clock } from '../infrastructure/tokens';

/** A command to an explanation session as the caller sends it; the agency's standing is looked up here. */
export type ExplanationSessionInput =
  | Readonly<{ type: 'HoldExplanationSession'; data: HoldExplanationSession['data'] }>
  | RecordExplanationConclusion;

export class SubmitExplanationSessionCommand extends Command<CommandResult> {
  constructor(
    readonly input: ExplanationSessionInput,
    readonly context: CommandContext,
  ) {
    super();
  }
}

/**
 * Holding an explanation session and recording the conclusion it ends with. What the conclusion
 * asks of the agency is issued to the register as recommendations (SubmitRecommendationCommand
 * with the session as their source).
 */
@CommandHandler(SubmitExplanationSessionCommand)
export class SubmitExplanationSessionCommandHandler implements ICommandHandler<SubmitExplanationSessionCommand> {
  constructor(
    private readonly executor: DeciderExecutor,
    private readonly standings: Standings,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  execute({ input, context }: SubmitExplanationSessionCommand): Promise<CommandResult> {
    const { explanationSessionId } = input.data;
    return this.executor.execute({
      streamId: streamIds.explanationSession(explanationSessionId),
      decider: explanationSessionDecider,
      context,
      mustExist:
        input.type === 'HoldExplanationSession'
          ? undefined
          : { kind: 'explanation-session', id: explanationSessionId },
      answer: { id: explanationSessionId },
      // The decider refuses work dated after the day it is recorded, in Vietnam.
      command: async (): Promise<ExplanationSessionCommand> => ({
        ...(input.type === 'HoldExplanationSession'
          ? { ...input, agency: await this.standings.agency(input.data.agencyId) }
          : input),
        today: businessToday(this.clock),
      }),
    });
  }
}
