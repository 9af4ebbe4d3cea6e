import { Controller, Get, Param, Query } from '@nestjs/common';
import { IsIn, IsOptional, Matches } from 'class-validator';
import { NotFound } from '@hdnd/application';
import { ObstacleQueries, type ObstacleView, type Page } from '@hdnd/read-models';
import { IdParam } from '../http/id-param.pipe';
import { ID_PATTERN } from '../http/is-local-date';
import { ListQuery, ReadQuery } from '../http/list-query.dto';
import { ReadYourWrites } from '../http/read-your-writes';
import { CurrentUser } from '../auth/current-user.decorator';
import { ensureOwnCase, ownCasesOnly } from '../auth/own-cases';
import type { Principal } from '../auth/principal';
import { Allow, READERS } from '../auth/access.decorator';

export class ObstacleListQuery extends ListQuery {
  @IsOptional() @IsIn(['recorded', 'assigned', 'referred', 'merged', 'resolved']) status?: string;
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

  @Get(':id')
  @Allow(...READERS)
  async get(
    @Param('id', IdParam) id: string,
    @Query() query: ReadQuery,
    @CurrentUser() user: Principal,
  ): Promise<ObstacleView> {
    await this.freshness.atLeast(query.minPosition);
    const obstacle = await this.obstacles.get(id);
    if (!obstacle) throw new NotFound('obstacle', id);
    ensureOwnCase(user, obstacle.responsibleAgencyId ?? obstacle.sourceAgencyId, 'obstacle');
    return obstacle;
  }
}
