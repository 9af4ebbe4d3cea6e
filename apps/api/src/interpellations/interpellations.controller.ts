import { Body, Controller, Get, HttpCode, Inject, Param, Post, Query } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { PROVINCIAL_COUNCIL } from '@hdnd/domain';
import {
  businessToday,
  CLOCK,
  ID_GENERATOR,
  NotFound,
  SubmitInterpellationCommand,
  SubmitRecommendationCommand,
  type IdGenerator,
} from '@hdnd/application';
import type { Clock } from '@hdnd/event-store';
import {
  InterpellationQueries,
  type InterpellationSummary,
  type InterpellationView,
  type Page,
} from '@hdnd/read-models';
import { Allow, RECORDERS, SUPERVISION_READERS } from '../auth/access.decorator';
import { answer, type CommandAnswer } from '../http/command-answer';
import { CommandContext } from '../http/command-context.decorator';
import { IdParam } from '../http/id-param.pipe';
import { ListQuery, ReadQuery } from '../http/list-query.dto';
import { ReadYourWrites } from '../http/read-your-writes';
import {
  AdoptInterpellationResolutionDto,
  HoldInterpellationDto,
  IssueFromInterpellationDto,
  RecordQuestionDto,
} from './interpellation.dto';

/**
 * Interpellation sessions (phiên chất vấn): the questions put to heads of agencies, their
 * answers, the resolution after the session, and what the council follows up from it — each
 * item issued into the same register as a delegation's recommendations.
 */
@Controller('api/interpellations')
export class InterpellationsController {
  constructor(
    private readonly commands: CommandBus,
    @Inject(ID_GENERATOR) private readonly ids: IdGenerator,
    @Inject(CLOCK) private readonly clock: Clock,
    private readonly interpellations: InterpellationQueries,
    private readonly freshness: ReadYourWrites,
  ) {}

  @Get()
  @Allow(...SUPERVISION_READERS)
  async list(@Query() query: ListQuery): Promise<Page<InterpellationSummary>> {
    await this.freshness.atLeast(query.minPosition);
    return this.interpellations.list(query);
  }

  /** A session with its questions and answers, its resolution, and the items followed up. */
  @Get(':id')
  @Allow(...SUPERVISION_READERS)
  async get(
    @Param('id', IdParam) id: string,
    @Query() query: ReadQuery,
  ): Promise<InterpellationView> {
    await this.freshness.atLeast(query.minPosition);
    const found = await this.interpellations.get(id);
    if (!found) throw new NotFound('interpellation', id);
    return found;
  }

  @Post()
  @Allow(...RECORDERS)
  @HttpCode(201)
  async hold(
    @Body() { id, supervisor, ...body }: HoldInterpellationDto,
    @CommandContext() context: CommandContext,
  ): Promise<CommandAnswer> {
    const data = {
      ...body,
      interpellationId: id ?? this.ids.next(),
      supervisor: supervisor ?? PROVINCIAL_COUNCIL,
    };
    return answer(
      await this.commands.execute(
        new SubmitInterpellationCommand({ type: 'HoldInterpellation', data }, context),
      ),
    );
  }

  @Post(':id/questions')
  @Allow(...RECORDERS)
  @HttpCode(201)
  async recordQuestion(
    @Param('id', IdParam) interpellationId: string,
    @Body() { id, askedOn, ...body }: RecordQuestionDto,
    @CommandContext() context: CommandContext,
  ): Promise<CommandAnswer> {
    const data = {
      ...body,
      interpellationId,
      questionId: id ?? this.ids.next(),
      askedOn: askedOn ?? businessToday(this.clock),
    };
    return answer(
      await this.commands.execute(
        new SubmitInterpellationCommand({ type: 'RecordInterpellationQuestion', data }, context),
      ),
    );
  }

  @Post(':id/resolution')
  @Allow(...RECORDERS)
  @HttpCode(201)
  async adoptResolution(
    @Param('id', IdParam) interpellationId: string,
    @Body() { legalBasis, summary }: AdoptInterpellationResolutionDto,
    @CommandContext() context: CommandContext,
  ): Promise<CommandAnswer> {
    return answer(
      await this.commands.execute(
        new SubmitInterpellationCommand(
          {
            type: 'AdoptInterpellationResolution',
            data: { interpellationId, resolution: legalBasis, summary },
          },
          context,
        ),
      ),
    );
  }

  /** An item to follow up, into the register: a commitment made, or what the resolution asks. */
  @Post(':id/recommendations')
  @Allow(...RECORDERS)
  @HttpCode(201)
  async issueRecommendation(
    @Param('id', IdParam) interpellationId: string,
    @Body() { id, issuedOn, questionId, ...body }: IssueFromInterpellationDto,
    @CommandContext() context: CommandContext,
  ): Promise<CommandAnswer> {
    const data = {
      ...body,
      source: {
        kind: 'interpellation' as const,
        id: interpellationId,
        ...(questionId !== undefined && { partId: questionId }),
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
