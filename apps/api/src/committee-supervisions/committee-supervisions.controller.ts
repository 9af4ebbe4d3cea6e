import { Body, Controller, Get, HttpCode, Inject, Param, Post, Query } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { IsIn, IsOptional } from 'class-validator';
import { SUPERVISING_BODIES, type SupervisingBody } from '@hdnd/domain';
import {
  businessToday,
  CLOCK,
  ID_GENERATOR,
  NotFound,
  SubmitCommitteeSupervisionCommand,
  SubmitRecommendationCommand,
  type IdGenerator,
} from '@hdnd/application';
import type { Clock } from '@hdnd/event-store';
import {
  CommitteeSupervisionQueries,
  type CommitteeSupervisionSummary,
  type CommitteeSupervisionView,
  type Page,
} from '@hdnd/read-models';
import { Allow, RECORDERS, SUPERVISION_READERS } from '../auth/access.decorator';
import { answer, type CommandAnswer } from '../http/command-answer';
import { CommandContext } from '../http/command-context.decorator';
import { IdParam } from '../http/id-param.pipe';
import { ListQuery, ReadQuery } from '../http/list-query.dto';
import { ReadYourWrites } from '../http/read-your-writes';
import {
  ConcludeCommitteeSupervisionDto,
  IssueFromCommitteeSupervisionDto,
  StartCommitteeSupervisionDto,
} from './committee-supervision.dto';

export class CommitteeSupervisionListQuery extends ListQuery {
  /** Only the Standing Committee's, or only the committees'. */
  @IsOptional() @IsIn(SUPERVISING_BODIES) supervisingBody?: SupervisingBody;
}

/**
 * Supervision by the Standing Committee or a committee (Ban) outside a delegation: started,
 * concluded, and what it asks of agencies issued into the same register as a delegation's.
 */
@Controller('api/committee-supervisions')
export class CommitteeSupervisionsController {
  constructor(
    private readonly commands: CommandBus,
    @Inject(ID_GENERATOR) private readonly ids: IdGenerator,
    @Inject(CLOCK) private readonly clock: Clock,
    private readonly supervisions: CommitteeSupervisionQueries,
    private readonly freshness: ReadYourWrites,
  ) {}

  @Get()
  @Allow(...SUPERVISION_READERS)
  async list(
    @Query() query: CommitteeSupervisionListQuery,
  ): Promise<Page<CommitteeSupervisionSummary>> {
    await this.freshness.atLeast(query.minPosition);
    return this.supervisions.list(query);
  }

  /** A supervision with its conclusion and the items followed up from it. */
  @Get(':id')
  @Allow(...SUPERVISION_READERS)
  async get(
    @Param('id', IdParam) id: string,
    @Query() query: ReadQuery,
  ): Promise<CommitteeSupervisionView> {
    await this.freshness.atLeast(query.minPosition);
    const found = await this.supervisions.get(id);
    if (!found) throw new NotFound('committee supervision', id);
    return found;
  }

  @Post()
  @Allow(...RECORDERS)
  @HttpCode(201)
  async start(
    @Body() { id, startedOn, ...body }: StartCommitteeSupervisionDto,
    @CommandContext() context: CommandContext,
  ): Promise<CommandAnswer> {
    const data = {
      ...body,
      committeeSupervisionId: id ?? this.ids.next(),
      startedOn: startedOn ?? businessToday(this.clock),
    };
    return answer(
      await this.commands.execute(
        new SubmitCommitteeSupervisionCommand({ type: 'StartCommitteeSupervision', data }, context),
      ),
    );
  }

  @Post(':id/conclusion')
  @Allow(...RECORDERS)
  @HttpCode(201)
  async conclude(
    @Param('id', IdParam) committeeSupervisionId: string,
    @Body() { concludedOn, conclusion }: ConcludeCommitteeSupervisionDto,
    @CommandContext() context: CommandContext,
  ): Promise<CommandAnswer> {
    const data = {
      committeeSupervisionId,
      conclusion,
      concludedOn: concludedOn ?? businessToday(this.clock),
    };
    return answer(
      await this.commands.execute(
        new SubmitCommitteeSupervisionCommand(
          { type: 'ConcludeCommitteeSupervision', data },
          context,
        ),
      ),
    );
  }

  /** An item to follow up, into the register. */
  @Post(':id/recommendations')
  @Allow(...RECORDERS)
  @HttpCode(201)
  async issueRecommendation(
    @Param('id', IdParam) committeeSupervisionId: string,
    @Body() { id, issuedOn, ...body }: IssueFromCommitteeSupervisionDto,
    @CommandContext() context: CommandContext,
  ): Promise<CommandAnswer> {
    const data = {
      ...body,
      source: { kind: 'committee-supervision' as const, id: committeeSupervisionId },
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
