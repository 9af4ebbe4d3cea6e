import { Body, Controller, Get, HttpCode, Inject, Param, Post, Query } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { EXPLANATION_CONCLUSION_PART } from '@hdnd/domain';
import {
  businessToday,
  CLOCK,
  ID_GENERATOR,
  NotFound,
  SubmitExplanationSessionCommand,
  SubmitRecommendationCommand,
  type IdGenerator,
} from '@hdnd/application';
import type { Clock } from '@hdnd/event-store';
import {
  ExplanationSessionQueries,
  type ExplanationSessionSummary,
  type ExplanationSessionView,
  type Page,
} from '@hdnd/read-models';
import { Allow, RECORDERS, SUPERVISION_READERS } from '../auth/access.decorator';
import { answer, type CommandAnswer } from '../http/command-answer';
import { CommandContext } from '../http/command-context.decorator';
import { IdParam } from '../http/id-param.pipe';
import { ListQuery, ReadQuery } from '../http/list-query.dto';
import { ReadYourWrites } from '../http/read-your-writes';
import {
  HoldExplanationSessionDto,
  IssueFromExplanationSessionDto,
  RecordExplanationConclusionDto,
} from './explanation-session.dto';

/**
 * Explanation sessions (phiên giải trình): an agency's head explains an issue before the
 * Standing Committee or a committee, and the session's conclusion says what the agency must do;
 * each thing it asks is issued into the same register as a delegation's recommendations.
 */
@Controller('api/explanation-sessions')
export class ExplanationSessionsController {
  constructor(
    private readonly commands: CommandBus,
    @Inject(ID_GENERATOR) private readonly ids: IdGenerator,
    @Inject(CLOCK) private readonly clock: Clock,
    private readonly sessions: ExplanationSessionQueries,
    private readonly freshness: ReadYourWrites,
  ) {}

  @Get()
  @Allow(...SUPERVISION_READERS)
  async list(@Query() query: ListQuery): Promise<Page<ExplanationSessionSummary>> {
    await this.freshness.atLeast(query.minPosition);
    return this.sessions.list(query);
  }

  /** A session with the agency that explained, its conclusion, and the items followed up. */
  @Get(':id')
  @Allow(...SUPERVISION_READERS)
  async get(
    @Param('id', IdParam) id: string,
    @Query() query: ReadQuery,
  ): Promise<ExplanationSessionView> {
    await this.freshness.atLeast(query.minPosition);
    const found = await this.sessions.get(id);
    if (!found) throw new NotFound('explanation-session', id);
    return found;
  }

  @Post()
  @Allow(...RECORDERS)
  @HttpCode(201)
  async hold(
    @Body() { id, ...body }: HoldExplanationSessionDto,
    @CommandContext() context: CommandContext,
  ): Promise<CommandAnswer> {
    const data = { ...body, explanationSessionId: id ?? this.ids.next() };
    return answer(
      await this.commands.execute(
        new SubmitExplanationSessionCommand({ type: 'HoldExplanationSession', data }, context),
      ),
    );
  }

  @Post(':id/conclusion')
  @Allow(...RECORDERS)
  @HttpCode(201)
  async conclude(
    @Param('id', IdParam) explanationSessionId: string,
    @Body() { conclusion, concludedOn }: RecordExplanationConclusionDto,
    @CommandContext() context: CommandContext,
  ): Promise<CommandAnswer> {
    const data = {
      explanationSessionId,
      conclusion,
      concludedOn: concludedOn ?? businessToday(this.clock),
    };
    return answer(
      await this.commands.execute(
        new SubmitExplanationSessionCommand({ type: 'RecordExplanationConclusion', data }, context),
      ),
    );
  }

  /**
   * One thing the conclusion asks, into the register. Every item names the conclusion as the
   * part of the session it follows from: the recommendation decider then refuses one before the
   * conclusion is on record, or dated before it.
   */
  @Post(':id/recommendations')
  @Allow(...RECORDERS)
  @HttpCode(201)
  async issueRecommendation(
    @Param('id', IdParam) explanationSessionId: string,
    @Body() { id, issuedOn, ...body }: IssueFromExplanationSessionDto,
    @CommandContext() context: CommandContext,
  ): Promise<CommandAnswer> {
    const data = {
      ...body,
      source: {
        kind: 'explanation-session' as const,
        id: explanationSessionId,
        partId: EXPLANATION_CONCLUSION_PART,
      },
      findingIds: [],
      recommendationId: id ?? this.ids.next(),
      issuedOn: issuedOn ?? businessToday(this.clock),
    };
    return answer(
      await this.commands.execute(
        new SubmitRecommendationCommand({ type: 'IssueRecommendation', data }, context),
      ),
    );
  }
}
