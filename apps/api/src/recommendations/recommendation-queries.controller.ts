import { Controller, Get, Param, Query } from '@nestjs/common';
import { Transform } from 'class-transformer';
import { IsBoolean, IsIn, IsOptional, Matches } from 'class-validator';
import { NotFound } from '@hdnd/application';
import {
  RecommendationQueries,
  type Page,
  type RecommendationSort,
  type RecommendationSummary,
  type RecommendationView,
} from '@hdnd/read-models';
import { IdParam } from '../http/id-param.pipe';
import { ID_PATTERN } from '../http/is-local-date';
import { ListQuery, ReadQuery } from '../http/list-query.dto';
import { ReadYourWrites } from '../http/read-your-writes';
import { CurrentUser } from '../auth/current-user.decorator';
import { ensureOwnCase, ownCasesOnly } from '../auth/own-cases';
import type { Principal } from '../auth/principal';
import { Allow, READERS } from '../auth/access.decorator';

const SORTS: readonly RecommendationSort[] = [
  'issuedOn',
  '-issuedOn',
  'responseDueOn',
  '-responseDueOn',
];

export class RecommendationListQuery extends ListQuery {
  @IsOptional() @Matches(/^[a-z-]{1,40}$/) status?: string;
  @IsOptional() @Matches(ID_PATTERN) agencyId?: string;
  @IsOptional() @Matches(ID_PATTERN) delegationId?: string;
  /** `true`: only those with a response or commitment past due today (Asia/Ho_Chi_Minh). */
  @IsOptional()
  @Transform(({ value }) => (value === 'true' ? true : value === 'false' ? false : value))
  @IsBoolean()
  overdue?: boolean;
  @IsOptional() @IsIn(SORTS) sort?: RecommendationSort;
}

/** The recommendation tracker: each recommendation from survey to government response. */
@Controller('api/recommendations')
export class RecommendationQueriesController {
  constructor(
    private readonly recommendations: RecommendationQueries,
    private readonly freshness: ReadYourWrites,
  ) {}

  @Get()
  @Allow(...READERS)
  async list(
    @Query() query: RecommendationListQuery,
    @CurrentUser() user: Principal,
  ): Promise<Page<RecommendationSummary>> {
    await this.freshness.atLeast(query.minPosition);
    return this.recommendations.list({ ...query, ...ownCasesOnly(user, query.agencyId) });
  }

  @Get(':id')
  @Allow(...READERS)
  async get(
    @Param('id', IdParam) id: string,
    @Query() query: ReadQuery,
    @CurrentUser() user: Principal,
  ): Promise<RecommendationView> {
    await this.freshness.atLeast(query.minPosition);
    const recommendation = await this.recommendations.get(id);
    if (!recommendation) throw new NotFound('recommendation', id);
    ensureOwnCase(user, recommendation.addressee.current, 'recommendation');
    return recommendation;
  }
}
