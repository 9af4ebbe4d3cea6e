import { Inject } from '@nestjs/common';
import { Command, CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import type { Clock } from '@hdnd/event-store';
import {
  agencyDecider,
  streamIds,
  type AgencyCommand,
  type RecordAgencySuccession,
  type RegisterAgency,
} from '@hdnd/domain';
import type { CommandContext, CommandResult } from '../command-handling/command-context';
import { DeciderExecutor } from '../command-handling/decider-executor';
import { Standings } from '../command-handling/standings';
import { businessToday } from '../infrastructure/business-date';
import { CLOCK } from '../infrastructure/tokens';
import { SuccessionPolicy } from './succession-policy';

/** A command as the caller sends it: the parent's and successor's standings are looked up here. */
export type AgencyInput =
  | Readonly<{ type: 'RegisterAgency'; data: Omit<RegisterAgency['data'], 'parent'> }>
  | Readonly<{
      type: 'RecordAgencySuccession';
      data: Omit<RecordAgencySuccession['data'], 'successor' | 'successorChain'>;
    }>;

export class SubmitAgencyCommand extends Command<CommandResult> {
  constructor(
    readonly input: AgencyInput,
    readonly context: CommandContext,
  ) {
    super();
  }
}

@CommandHandler(SubmitAgencyCommand)
export class SubmitAgencyCommandHandler implements ICommandHandler<SubmitAgencyCommand> {
  constructor(
    private readonly executor: DeciderExecutor,
    private readonly standings: Standings,
    private readonly succession: SuccessionPolicy,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async execute({ input, context }: SubmitAgencyCommand): Promise<CommandResult> {
    const { agencyId } = input.data;
    const result = await this.executor.execute({
      streamId: streamIds.agency(agencyId),
      decider: agencyDecider,
      context,
      mustExist: input.type === 'RegisterAgency' ? undefined : { kind: 'agency', id: agencyId },
      answer: { id: agencyId },
      command: async (): Promise<AgencyCommand> =>
        input.type === 'RecordAgencySuccession'
          ? {
              type: input.type,
              data: {
                ...input.data,
                successor: await this.standings.agency(input.data.successorId),
                successorChain: await this.standings.successorChain(input.data.successorId),
              },
            }
          : {
              type: input.type,
              data: {
                ...input.data,
                ...(typeof input.data.parentId === 'string' && {
                  parent: await this.standings.agency(input.data.parentId),
                }),
              },
            },
    });
    // Also on a replay (same Idempotency-Key): transfers are safe to repeat — a case already
    // moved is refused by its own rules and left alone — and a first attempt may have stopped
    // short of them (read models behind: 503).
    // The answer's position covers every case passed on, so a read at it shows them moved.
    if (input.type === 'RecordAgencySuccession') {
      const handover = await this.succession.transferOpenCases(
        input.data,
        result.position,
        context,
        businessToday(this.clock),
      );
      if (handover.position > result.position) return { ...result, position: handover.position };
    }
    return result;
  }
}
