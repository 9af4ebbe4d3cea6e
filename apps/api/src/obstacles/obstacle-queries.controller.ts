import { Controller, Get, Param, Query, Res } from '@nestjs/common';
import type { Response } from 'express';
import { IsIn, IsOptional, Matches } from 'class-validator';
import { streamIds } from '@hdnd/domain';
import { ObstacleQueries, type ObstacleView, type Page } from '@hdnd/read-models';
import { IdParam } from '../http/id-param.pipe';
import { ID_PATTERN } from '../http/is-local-date';
import { ListQuery } from '../http/list-query.dto';
import { TimeTravelQuery } from '../http/time-travel-query.dto';
import { CaseReads, type CaseAnswer } from '../http/case-reads';
import { ReadYourWrites } from '../http/read-your-writes';
import { CurrentUser } from '../auth/current-user.decorator';
import { ensureOwnCase, ownCasesOnly } from '../auth/own-cases';
import type { Principal } from '../auth/principal';
import { Allow, READERS } from '../auth/access.decorator';

export class ObstacleListQuery extends ListQuery {
  @IsOptional()
  @IsIn(['recorded', 'assigned', 'referred', 'merged', 'resolved'])
  status?: 'recorded' | 'assigned' | 'referred' | 'merged' | 'resolved';
  /**
   * The agency that reported it, answers for it now, or passed it on in a succession
   * (`answeringAgency` says which is original and which current).
   */
  @IsOptional() @Matches(ID_PATTERN) agencyId?: string;
  @IsOptional() @Matches(ID_PATTERN) delegationId?: string;
}

@Controller('api/obstacles')
export class ObstacleQueriesController {
  constructor(
    private readonly obstacles: ObstacleQueries,
    private readonly freshness: ReadYourWrites,
    private readonly cases: CaseReads,
  ) {}

  @Get()
  @Allow(...READERS)
  async list(
    @Query() query: ObstacleListQuery,
    @CurrentUser() user: Principal,
  ): Promise<Page<ObstacleView>> {
    await this.freshness.atLeast(query.minPosition);
    // An agency user lists what its agency answers for now; others find every obstacle an
    // agency reported, answers for or passed on, so an abolished district's are still found.
    const own = ownCasesOnly(user, query.agencyId);
    return this.obstacles.list(
      user.role === 'agency' ? { ...query, answeringAgencyId: own.agencyId } : query,
    );
  }

  /**
   * One obstacle now, as recorded at an instant (`asRecordedAt`), or as it stood on a date
   * (`asOfDate`); `ETag: "<revision>"` for If-Match.
   */
  @Get(':id')
  @Allow(...READERS)
  get(
    @Param('id', IdParam) id: string,
    @Query() query: TimeTravelQuery,
    @CurrentUser() user: Principal,
    @Res({ passthrough: true }) response: Response,
  ): Promise<CaseAnswer<ObstacleView>> {
    return this.cases.answer(
      query,
      {
        kind: 'obstacle',
        began: 'recorded',
        id,
        streamId: streamIds.obstacle(id),
        current: () => this.obstacles.get(id),
        past: (source) => new ObstacleQueries(source).get(id),
        // Whose case it is now decides who may look, at its past too.
        authorize: (now) =>
          ensureOwnCase(user, now?.responsibleAgencyId ?? now?.sourceAgencyId, 'obstacle'),
      },
      response,
    );
  }
}
