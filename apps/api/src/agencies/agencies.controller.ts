import { Body, Controller, Get, HttpCode, Inject, Param, Post, Query, Res } from '@nestjs/common';
import type { Response } from 'express';
import { streamIds } from '@hdnd/domain';
import { IsIn, IsOptional } from 'class-validator';
import type { AgencyLevel } from '@hdnd/domain';
import { AgencyQueries, type AgencyDetail, type AgencyView, type Page } from '@hdnd/read-models';
import { CommandBus } from '@nestjs/cqrs';
import {
  businessToday,
  CLOCK,
  ID_GENERATOR,
  SubmitAgencyCommand,
  type IdGenerator,
} from '@hdnd/application';
import type { Clock } from '@hdnd/event-store';
import { answer, type CommandAnswer } from '../http/command-answer';
import { CommandContext } from '../http/command-context.decorator';
import { IdParam } from '../http/id-param.pipe';
import { ListQuery, ReadQuery } from '../http/list-query.dto';
import { ReadYourWrites } from '../http/read-your-writes';
import { CaseReads, type CaseAnswer } from '../http/case-reads';
import { LEVELS, RegisterAgencyDto, SuccessionDto } from './agency.dto';
import { Allow, READERS, RECORDERS } from '../auth/access.decorator';

export class AgencyListQuery extends ListQuery {
  /** Only agencies of this administrative level. */
  @IsOptional() @IsIn(LEVELS) level?: AgencyLevel;
}

@Controller('api/agencies')
export class AgenciesController {
  constructor(
    private readonly commands: CommandBus,
    @Inject(ID_GENERATOR) private readonly ids: IdGenerator,
    @Inject(CLOCK) private readonly clock: Clock,
    private readonly agencies: AgencyQueries,
    private readonly freshness: ReadYourWrites,
    private readonly cases: CaseReads,
  ) {}

  @Get()
  @Allow(...READERS)
  async list(@Query() query: AgencyListQuery): Promise<Page<AgencyView>> {
    await this.freshness.atLeast(query.minPosition);
    return this.agencies.list(query);
  }

  /**
   * An agency with its scorecard, its parent and successor by name, and the agencies merged
   * into it (`predecessors`); `ETag: "<revision>"` for If-Match on its succession.
   */
  @Get(':id')
  @Allow(...READERS)
  get(
    @Param('id', IdParam) id: string,
    @Query() query: ReadQuery,
    @Res({ passthrough: true }) response: Response,
  ): Promise<CaseAnswer<AgencyDetail>> {
    return this.cases.answer(
      query,
      {
        kind: 'agency',
        began: 'registered',
        id,
        streamId: streamIds.agency(id),
        current: () => this.agencies.get(id),
      },
      response,
    );
  }

  @Post()
  @Allow(...RECORDERS)
  async register(
    @Body() body: RegisterAgencyDto,
    @CommandContext() context: CommandContext,
  ): Promise<CommandAnswer> {
    const { id, registeredOn, ...rest } = body;
    const data = {
      ...rest,
      agencyId: id ?? this.ids.next(),
      registeredOn: registeredOn ?? businessToday(this.clock),
    };
    return answer(
      await this.commands.execute(
        new SubmitAgencyCommand({ type: 'RegisterAgency', data }, context),
      ),
    );
  }

  @Post(':id/succession')
  @Allow(...RECORDERS)
  @HttpCode(200)
  async succession(
    @Param('id', IdParam) agencyId: string,
    @Body() body: SuccessionDto,
    @CommandContext() context: CommandContext,
  ): Promise<CommandAnswer> {
    return answer(
      await this.commands.execute(
        new SubmitAgencyCommand(
          { type: 'RecordAgencySuccession', data: { agencyId, ...body } },
          context,
        ),
      ),
    );
  }
}
