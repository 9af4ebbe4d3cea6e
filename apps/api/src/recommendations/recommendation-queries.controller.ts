import { Controller, Get, Inject, Param, Query } from '@nestjs/common';
import { Transform } from 'class-transformer';
import { IsBoolean, IsIn, IsISO8601, IsOptional, Matches } from 'class-validator';
import { EVENT_STORE, type EventStore } from '@hdnd/event-store';
import { NotFound } from '@hdnd/application';
import {
  recommendationAsOf,
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
import { asOfInstant } from '../http/as-of';
import { Allow, READERS } from '../auth/access.decorator';

const SORTS: readonly RecommendationSort[] = [
  'issuedOn',
  '-issuedOn',
  'responseDueOn',
  '-responseDueOn',
];

export class RecommendationListQuery extends ListQuery {
  @IsOptional() @Matches(/^[a-z-]{1,40}$/) status?: string;
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

export class TrackerQuery extends ReadQuery {
  /**
   * The tracker as it stood at this instant (ISO-8601; a bare date: the end of that day in
   * Vietnam), folded from the events recorded by then, not read from today's read model.
   */
  @IsOptional() @IsISO8601({ strict: true }) asOf?: string;
}

/** The recommendation tracker: each recommendation from survey to government response. */
@Controller('api/recommendations')
export class RecommendationQueriesController {
  constructor(
    private readonly recommendations: RecommendationQueries,
    private readonly freshness: ReadYourWrites,
    @Inject(EVENT_STORE) private readonly store: EventStore,
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

  @Get(':id')
  @Allow(...READERS)
  async get(
    @Param('id', IdParam) id: string,
    @Query() query: TrackerQuery,
    @CurrentUser() user: Principal,
  ): Promise<RecommendationView> {
    await this.freshness.atLeast(query.minPosition);
    const recommendation = await this.recommendations.get(id);
    if (!recommendation) throw new NotFound('recommendation', id);
    // Whose case it is now decides who may look, at its past too.
    ensureOwnCase(user, recommendation.addressee.current, 'recommendation');
    if (query.asOf === undefined) return recommendation;
    const then = await recommendationAsOf(this.store, id, asOfInstant(query.asOf));
    if (!then)
      throw new NotFound('recommendation', id, `It had not been issued as of ${query.asOf}.`);
    return then;
  }
}
