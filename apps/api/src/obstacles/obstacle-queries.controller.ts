import { Controller, Get, Param, Query } from '@nestjs/common';
import { IsIn, IsOptional, Matches } from 'class-validator';
import { NotFound } from '@hdnd/application';
import { ObstacleQueries, type ObstacleView, type Page } from '@hdnd/read-models';
import { IdParam } from '../http/id-param.pipe';
import { ID_PATTERN } from '../http/is-local-date';
import { ListQuery, ReadQuery } from '../http/list-query.dto';
import { ReadYourWrites } from '../http/read-your-writes';

export class ObstacleListQuery extends ListQuery {
  @IsOptional() @IsIn(['recorded', 'assigned', 'referred', 'merged', 'resolved']) status?: string;
  /** The agency that reported it or answers for it now. */
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
  async list(@Query() query: ObstacleListQuery): Promise<Page<ObstacleView>> {
    await this.freshness.atLeast(query.minPosition);
    return this.obstacles.list(query);
  }

  @Get(':id')
  async get(@Param('id', IdParam) id: string, @Query() query: ReadQuery): Promise<ObstacleView> {
    await this.freshness.atLeast(query.minPosition);
    const obstacle = await this.obstacles.get(id);
    if (!obstacle) throw new NotFound('obstacle', id);
    return obstacle;
  }
}
