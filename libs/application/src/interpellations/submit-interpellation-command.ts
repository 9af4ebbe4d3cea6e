import { Inject } from '@nestjs/common';
import { Command, CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import {
  interpellationDecider,
  streamIds,
  type AdoptInterpellationResolution,
  type HoldInterpellation,
  type InterpellationCommand,
  type RecordInterpellationQuestion,
} from '@hdnd/domain';
import type { CommandContext, CommandResult } from '../command-handling/command-context';
import { DeciderExecutor } from '../command-handling/decider-executor';
import { businessToday } from '../infrastructure/business-date';
import { CLOCK, type Clock } from '../infrastructure/tokens';

/** A command to an interpellation session, as the caller sends it. */
export type InterpellationInput =
  HoldInterpellation | RecordInterpellationQuestion | AdoptInterpellationResolution;

export class SubmitInterpellationCommand extends Command<CommandResult> {
  constructor(
    readonly input: InterpellationInput,
    readonly context: CommandContext,
  ) {
    super();
  }
}

/**
 * Holding an interpellation session, recording its questions and answers, and the resolution
 * after it. What the council follows up from it is issued to the register as recommendations
 * (SubmitRecommendationCommand with the session as their source).
 */
@CommandHandler(SubmitInterpellationCommand)
export class SubmitInterpellationCommandHandler implements ICommandHandler<SubmitInterpellationCommand> {
  constructor(
    private readonly executor: DeciderExecutor,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  execute({ input, context }: SubmitInterpellationCommand): Promise<CommandResult> {
    const { interpellationId } = input.data;
    return this.executor.execute({
      streamId: streamIds.interpellation(interpellationId),
      decider: interpellationDecider,
      context,
      mustExist:
        input.type === 'HoldInterpellation'
          ? undefined
          : { kind: 'interpellation', id: interpellationId },
      answer: {
        id: interpellationId,
        ...(input.type === 'RecordInterpellationQuestion' && {
          related: { questionId: input.data.questionId },
        }),
      },
      command: (): Promise<InterpellationCommand> =>
        Promise.resolve({ ...input, today: businessToday(this.clock) }),
    });
  }
}
