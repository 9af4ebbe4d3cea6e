import { Inject } from '@nestjs/common';
import { Command, CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import {
  recommendationDecider,
  streamIds,
  type IssueRecommendation,
  type RecommendationCommand,
  type RecommendationState,
  type RecordResponse,
} from '@hdnd/domain';
import type { CommandContext, CommandResult } from '../command-handling/command-context';
import { DeciderExecutor } from '../command-handling/decider-executor';
import { Standings } from '../command-handling/standings';
import { ReopenedCaseHandover } from '../agencies/reopened-case-handover';
import { AnnouncedCalendar } from '../calendar/announced-calendar';
import {
  answeringAgencyOfRecommendation,
  ensureAgencyAnswersFor,
} from '../authorization/case-access';
import { businessToday } from '../infrastructure/business-date';
import { CLOCK, type Clock } from '../infrastructure/tokens';

/**
 * A command as the caller sends it. IssueRecommendation's delegation and addressee are looked
 * up here; a response recorded without an agency (the secretariat entering a letter) is the
 * current addressee's.
 */
export type RecommendationInput =
  | Readonly<{ type: 'IssueRecommendation'; data: IssueRecommendation['data'] }>
  | Readonly<{
      type: 'RecordResponse';
      data: Omit<RecordResponse['data'], 'agencyId'> & { agencyId?: string };
    }>
  | Exclude<RecommendationCommand, IssueRecommendation | RecordResponse>;

/** A response answers with its id, so the caller can assess it later. */
const related = (input: RecommendationInput) =>
  input.type === 'RecordResponse' ? { related: { responseId: input.data.responseId } } : {};

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
    private readonly reopened: ReopenedCaseHandover,
    private readonly calendar: AnnouncedCalendar,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async execute({ input, context }: SubmitRecommendationCommand): Promise<CommandResult> {
    const { recommendationId } = input.data;
    const today = businessToday(this.clock);
    const result = await this.executor.execute({
      streamId: streamIds.recommendation(recommendationId),
      decider: recommendationDecider,
      context,
      mustExist:
        input.type === 'IssueRecommendation'
          ? undefined
          : { kind: 'recommendation', id: recommendationId },
      answer: { id: recommendationId, ...related(input) },
      authorize: (state) =>
        ensureAgencyAnswersFor(context, answeringAgencyOfRecommendation(state), 'recommendation'),
      // The decider refuses a decision dated after the day it is recorded, in Vietnam.
      command: async (state) => ({ ...(await this.withLookups(input, state)), today }),
    });
    // A case reopened after its addressee was abolished goes to the successor at once; the
    // answer's position covers that handover too (read-your-writes).
    if (input.type === 'ReopenRecommendation') {
      const moved = await this.reopened.pass(recommendationId, input.data.reopenedOn, context);
      if (moved !== undefined && moved > result.position) return { ...result, position: moved };
    }
    return result;
  }

  /** The standings and calendar a command needs, looked up from their own streams. */
  private async withLookups(
    input: RecommendationInput,
    state: RecommendationState,
  ): Promise<RecommendationCommand> {
    switch (input.type) {
      case 'IssueRecommendation':
        return {
          ...input,
          origin: await this.standings.source(input.data.source),
          addressee: await this.standings.agency(input.data.addresseeAgencyId),
          calendar: await this.calendar.workingCalendar(),
          ...(typeof input.data.followsUp === 'string' && {
            followed: await this.standings.recommendation(input.data.followsUp),
          }),
        };
      case 'Escalate':
        return input.data.session === undefined
          ? input
          : { ...input, sessionStanding: await this.standings.source(input.data.session) };
      case 'RecordResponse': {
        const current = state.status === 'none' ? '' : state.addressee.currentAgencyId;
        return {
          ...input,
          data: { ...input.data, agencyId: input.data.agencyId ?? current },
          calendar: await this.calendar.workingCalendar(),
        };
      }
      // Due dates in working days, or moved off a day off, as the announced calendar says.
      case 'AssessResponse':
      case 'ExtendDeadline':
        return { ...input, calendar: await this.calendar.workingCalendar() };
      default:
        return input;
    }
  }
}
