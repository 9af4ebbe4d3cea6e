import { Controller, Get, Param, Query, Res } from '@nestjs/common';
import type { Response } from 'express';
import { Transform } from 'class-transformer';
import { IsBoolean, IsIn, IsOptional, Matches } from 'class-validator';
import { streamIds } from '@hdnd/domain';
import {
  RECOMMENDATION_STATUSES,
  RecommendationQueries,
  type RecommendationStatus,
  type Page,
  type RecommendationSort,
  type RecommendationSummary,
  type RecommendationView,
} from '@hdnd/read-models';
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

const SORTS: readonly RecommendationSort[] = [
  'issuedOn',
  '-issuedOn',
  'responseDueOn',
  '-responseDueOn',
];

export class RecommendationListQuery extends ListQuery {
  /** What the list shows as `status`: the response position, implementation step or outcome. */
  @IsOptional() @IsIn(RECOMMENDATION_STATUSES) status?: RecommendationStatus;
  /**
   * Every recommendation addressed to this agency: as original addressee, as current one, or
   * passed on by it in a succession (`addressee` says which is which). An agency user gets the
   * cases its agency answers for now.
   */
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
    private readonly cases: CaseReads,
  ) {}

  @Get()
  @Allow(...READERS)
  async list(
    @Query() query: RecommendationListQuery,
    @CurrentUser() user: Principal,
  ): Promise<Page<RecommendationSummary>> {
    await this.freshness.atLeast(query.minPosition);
    // An agency user lists what its agency answers for now; others find every case an agency
    // was ever addressed, so an abolished district's cases are still found by its id.
    const own = ownCasesOnly(user, query.agencyId);
    return this.recommendations.list(
      user.role === 'agency'
        ? { ...query, agencyId: undefined, answeringAgencyId: own.agencyId }
        : { ...query, ...own },
    );
  }

  /**
   * One recommendation now, as recorded at an instant (`asRecordedAt`, or its older name
   * `asOf`), or as it stood on a date (`asOfDate`); `ETag: "<revision>"` for If-Match.
   */
  @Get(':id')
  @Allow(...READERS)
  get(
    @Param('id', IdParam) id: string,
    @Query() query: TimeTravelQuery,
    @CurrentUser() user: Principal,
    @Res({ passthrough: true }) response: Response,
  ): Promise<CaseAnswer<RecommendationView>> {
    return this.cases.answer(
      query,
      {
        kind: 'recommendation',
        began: 'issued',
        id,
        streamId: streamIds.recommendation(id),
        current: () => this.recommendations.get(id),
        past: (source, then) => new RecommendationQueries(source, then).get(id),
        // Whose case it is now decides who may look, at its past too.
        authorize: (now) => ensureOwnCase(user, now?.addressee.current, 'recommendation'),
      },
      response,
    );
  }
}
