import { Body, Controller, Get, HttpCode, Inject, Param, Post, Query, Res } from '@nestjs/common';
import type { Response } from 'express';
import {
  COUNCIL_LEVELS,
  PROVINCIAL_COUNCIL,
  streamIds,
  SUPERVISING_BODIES,
  type CouncilLevel,
  type SupervisingBody,
} from '@hdnd/domain';
import { IsIn, IsOptional } from 'class-validator';
import {
  DelegationQueries,
  type DelegationSummary,
  type DelegationView,
  type Page,
} from '@hdnd/read-models';
import { CommandBus } from '@nestjs/cqrs';
import {
  businessToday,
  CLOCK,
  ID_GENERATOR,
  SubmitDelegationCommand,
  SubmitRecommendationCommand,
  type DelegationInput,
  type IdGenerator,
} from '@hdnd/application';
import type { Clock } from '@hdnd/event-store';
import { answer, type CommandAnswer } from '../http/command-answer';
import { CommandContext } from '../http/command-context.decorator';
import { IdParam } from '../http/id-param.pipe';
import { ListQuery } from '../http/list-query.dto';
import { TimeTravelQuery } from '../http/time-travel-query.dto';
import { CaseReads, type CaseAnswer } from '../http/case-reads';
import { ReadYourWrites } from '../http/read-your-writes';
import {
  ConcludeDelegationDto,
  EstablishDelegationDto,
  FormWorkingGroupDto,
  IssueRecommendationDto,
  PublishDelegationResultsDto,
  RecordFindingDto,
  RecordSurveyDto,
  WithdrawPublicationDto,
} from './delegation.dto';
import { Allow, FIELD_RECORDERS, RECORDERS, SUPERVISION_READERS } from '../auth/access.decorator';

export class DelegationListQuery extends ListQuery {
  @IsOptional() @IsIn(['established', 'concluded']) status?: 'established' | 'concluded';
  /** Only those of this supervising body (the council, its Standing Committee, a committee…). */
  @IsOptional() @IsIn(SUPERVISING_BODIES) supervisingBody?: SupervisingBody;
  /** Only those of councils at this level: `province` or `commune`. */
  @IsOptional() @IsIn(COUNCIL_LEVELS) level?: CouncilLevel;
}

/** EstablishDelegation and the work of a delegation: groups, surveys, findings, recommendations. */
@Controller('api/delegations')
export class DelegationsController {
  constructor(
    private readonly commands: CommandBus,
    @Inject(ID_GENERATOR) private readonly ids: IdGenerator,
    @Inject(CLOCK) private readonly clock: Clock,
    private readonly delegations: DelegationQueries,
    private readonly freshness: ReadYourWrites,
    private readonly cases: CaseReads,
  ) {}

  @Get()
  @Allow(...SUPERVISION_READERS)
  async list(@Query() query: DelegationListQuery): Promise<Page<DelegationSummary>> {
    await this.freshness.atLeast(query.minPosition);
    return this.delegations.list(query);
  }

  /**
   * A delegation with its working groups, surveys and findings: now, as recorded at an instant
   * (`asRecordedAt`), or as it stood on a date (`asOfDate`); `ETag: "<revision>"` for If-Match.
   */
  @Get(':id')
  @Allow(...SUPERVISION_READERS)
  get(
    @Param('id', IdParam) id: string,
    @Query() query: TimeTravelQuery,
    @Res({ passthrough: true }) response: Response,
  ): Promise<CaseAnswer<DelegationView>> {
    return this.cases.answer(
      query,
      {
        kind: 'delegation',
        began: 'established',
        id,
        streamId: streamIds.delegation(id),
        current: () => this.delegations.get(id),
        past: (source) => new DelegationQueries(source).get(id),
      },
      response,
    );
  }

  @Post()
  @Allow(...RECORDERS)
  establish(
    @Body() { id, supervisor, ...body }: EstablishDelegationDto,
    @CommandContext() context: CommandContext,
  ): Promise<CommandAnswer> {
    const data = {
      ...body,
      delegationId: id ?? this.ids.next(),
      supervisor: supervisor ?? PROVINCIAL_COUNCIL,
    };
    return this.submit({ type: 'EstablishDelegation', data }, context);
  }

  @Post(':id/working-groups')
  @Allow(...RECORDERS)
  @HttpCode(201)
  formWorkingGroup(
    @Param('id', IdParam) delegationId: string,
    @Body() { id, ...body }: FormWorkingGroupDto,
    @CommandContext() context: CommandContext,
  ): Promise<CommandAnswer> {
    const workingGroupId = id ?? this.ids.next();
    return this.submit(
      { type: 'FormWorkingGroup', data: { ...body, delegationId, workingGroupId } },
      context,
    );
  }

  @Post(':id/surveys')
  @Allow(...FIELD_RECORDERS)
  @HttpCode(201)
  recordSurvey(
    @Param('id', IdParam) delegationId: string,
    @Body() { id, ...body }: RecordSurveyDto,
    @CommandContext() context: CommandContext,
  ): Promise<CommandAnswer> {
    const surveyId = id ?? this.ids.next();
    return this.submit(
      { type: 'RecordSurvey', data: { ...body, delegationId, surveyId } },
      context,
    );
  }

  @Post(':id/findings')
  @Allow(...FIELD_RECORDERS)
  @HttpCode(201)
  recordFinding(
    @Param('id', IdParam) delegationId: string,
    @Body() { id, recordedOn, ...body }: RecordFindingDto,
    @CommandContext() context: CommandContext,
  ): Promise<CommandAnswer> {
    const data = {
      ...body,
      delegationId,
      findingId: id ?? this.ids.next(),
      recordedOn: recordedOn ?? businessToday(this.clock),
    };
    return this.submit({ type: 'RecordFinding', data }, context);
  }

  @Post(':id/recommendations')
  @Allow(...RECORDERS)
  @HttpCode(201)
  async issueRecommendation(
    @Param('id', IdParam) delegationId: string,
    @Body() { id, issuedOn, ...body }: IssueRecommendationDto,
    @CommandContext() context: CommandContext,
  ): Promise<CommandAnswer> {
    const data = {
      ...body,
      source: { kind: 'delegation' as const, id: delegationId },
      recommendationId: id ?? this.ids.next(),
      issuedOn: issuedOn ?? businessToday(this.clock),
    };
    return answer(
      await this.commands.execute(
        new SubmitRecommendationCommand({ type: 'IssueRecommendation', data }, context),
      ),
    );
  }

  @Post(':id/conclusion')
  @Allow(...RECORDERS)
  @HttpCode(200)
  conclude(
    @Param('id', IdParam) delegationId: string,
    @Body() body: ConcludeDelegationDto,
    @CommandContext() context: CommandContext,
  ): Promise<CommandAnswer> {
    return this.submit({ type: 'ConcludeDelegation', data: { ...body, delegationId } }, context);
  }

  /** Makes the delegation's results public (docs/read-models.md, "The public page"). */
  @Post(':id/publication')
  @Allow(...RECORDERS)
  @HttpCode(200)
  publish(
    @Param('id', IdParam) delegationId: string,
    @Body() { publishedOn, basis }: PublishDelegationResultsDto,
    @CommandContext() context: CommandContext,
  ): Promise<CommandAnswer> {
    const data = { delegationId, basis, publishedOn: publishedOn ?? businessToday(this.clock) };
    return this.submit({ type: 'PublishDelegationResults', data }, context);
  }

  /** Takes the delegation off the public page, with the reason. */
  @Post(':id/publication/withdrawal')
  @Allow(...RECORDERS)
  @HttpCode(200)
  withdrawPublication(
    @Param('id', IdParam) delegationId: string,
    @Body() { withdrawnOn, reason }: WithdrawPublicationDto,
    @CommandContext() context: CommandContext,
  ): Promise<CommandAnswer> {
    const data = { delegationId, reason, withdrawnOn: withdrawnOn ?? businessToday(this.clock) };
    return this.submit({ type: 'WithdrawPublication', data }, context);
  }

  private async submit(input: DelegationInput, context: CommandContext): Promise<CommandAnswer> {
    return answer(await this.commands.execute(new SubmitDelegationCommand(input, context)));
  }
}
