import { Inject } from '@nestjs/common';
import { Command, CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import {
  committeeSupervisionDecider,
  streamIds,
  type CommitteeSupervisionCommand,
  type ConcludeCommitteeSupervision,
  type StartCommitteeSupervision,
} from '@hdnd/domain';
import type { CommandContext, CommandResult } from '../command-handling/command-context';
import { DeciderExecutor } from '../command-handling/decider-executor';
import { businessToday } from '../infrastructure/business-date';
import { CLOCK, type Clock } from '../infrastructure/tokens';

/** A command to a committee's supervision, as the caller sends it. */
export type CommitteeSupervisionInput = StartCommitteeSupervision | ConcludeCommitteeSupervision;

export class SubmitCommitteeSupervisionCommand extends Command<CommandResult> {
  constructor(
    readonly input: CommitteeSupervisionInput,
    readonly context: CommandContext,
  ) {
    super();
  }
}

/**
 * Supervision by the Standing Committee or a committee outside a delegation: started, then
 * concluded. What it asks of agencies is issued to the register as recommendations with it as
 * their source.
 */
@CommandHandler(SubmitCommitteeSupervisionCommand)
export class SubmitCommitteeSupervisionCommandHandler implements ICommandHandler<SubmitCommitteeSupervisionCommand> {
  constructor(
    private readonly executor: DeciderExecutor,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  execute({ input, context }: SubmitCommitteeSupervisionCommand): Promise<CommandResult> {
    const { committeeSupervisionId } = input.data;
    return this.executor.execute({
      streamId: streamIds.committeeSupervision(committeeSupervisionId),
      decider: committeeSupervisionDecider,
      context,
      mustExist:
        input.type === 'StartCommitteeSupervision'
          ? undefined
          : { kind: 'committee-supervision', id: committeeSupervisionId },
      answer: { id: committeeSupervisionId },
      command: (): Promise<CommitteeSupervisionCommand> =>
        Promise.resolve({ ...input, today: businessToday(this.clock) }),
    });
  }
}
