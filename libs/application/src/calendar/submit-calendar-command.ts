import { Command, CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { CALENDAR_STREAM_ID, calendarDecider, type CalendarCommand } from '@hdnd/domain';
import type { CommandContext, CommandResult } from '../command-handling/command-context';
import { DeciderExecutor } from '../command-handling/decider-executor';

export class SubmitCalendarCommand extends Command<CommandResult> {
  constructor(
    readonly input: CalendarCommand,
    readonly context: CommandContext,
  ) {
    super();
  }
}

/** Announcements of days off and make-up working days, into the `calendar-vn` stream. */
@CommandHandler(SubmitCalendarCommand)
export class SubmitCalendarCommandHandler implements ICommandHandler<SubmitCalendarCommand> {
  constructor(private readonly executor: DeciderExecutor) {}

  async execute({ input, context }: SubmitCalendarCommand): Promise<CommandResult> {
    return this.executor.execute({
      streamId: CALENDAR_STREAM_ID,
      decider: calendarDecider,
      context,
      answer: { id: input.data.date },
      command: async () => input,
    });
  }
}
