import { Controller, Get, Query } from '@nestjs/common';
import { IsIn, IsOptional, Matches } from 'class-validator';
import {
  COUNCIL_LEVELS,
  SOURCE_KINDS,
  SUPERVISING_BODIES,
  type CouncilLevel,
  type SourceKind,
  type SupervisingBody,
} from '@hdnd/domain';
import { DashboardQueries, type Dashboard } from '@hdnd/read-models';
import { ID_PATTERN, IsLocalDate } from '../http/is-local-date';
import { ReadQuery } from '../http/list-query.dto';
import { ReadYourWrites } from '../http/read-your-writes';
import { Allow, SUPERVISION_READERS } from '../auth/access.decorator';

/** Which recommendations the dashboard counts; every figure (and the obstacles) is narrowed alike. */
export class DashboardQuery extends ReadQuery {
  /** Only this delegation's recommendations (and obstacles). */
  @IsOptional() @Matches(ID_PATTERN) delegationId?: string;
  /**
   * Only the recommendations this agency was ever addressed: as original addressee, as current
   * one, or passed on by it in a succession (as the tracker's `agencyId`); obstacles it
   * reported, answers for or passed on. The cards show every agency that held those cases.
   */
  @IsOptional() @Matches(ID_PATTERN) agencyId?: string;
  /** Only recommendations issued on or after this date (YYYY-MM-DD); obstacles recorded on or after it. */
  @IsOptional() @IsLocalDate() from?: string;
  /** Only recommendations issued on or before this date (YYYY-MM-DD); obstacles recorded on or before it. */
  @IsOptional() @IsLocalDate() to?: string;
  /** Only items from this kind of source (obstacles only under `delegation`). */
  @IsOptional() @IsIn(SOURCE_KINDS) sourceKind?: SourceKind;
  /** Only items followed up in this supervising body's name (obstacles: their delegation's). */
  @IsOptional() @IsIn(SUPERVISING_BODIES) supervisingBody?: SupervisingBody;
  /** Only items of councils at this level: `province` or `commune`. */
  @IsOptional() @IsIn(COUNCIL_LEVELS) level?: CouncilLevel;
}

/**
 * Counts by status, overdue, the share of due recommendations implemented, obstacles, each
 * agency's scorecard and overdue count, and the months' issued, closed and open: SQL aggregates
 * over the read model, on today's date in Vietnam.
 */
@Controller('api/dashboard')
export class DashboardController {
  constructor(
    private readonly dashboard: DashboardQueries,
    private readonly freshness: ReadYourWrites,
  ) {}

  @Get()
  @Allow(...SUPERVISION_READERS)
  async get(@Query() query: DashboardQuery): Promise<Dashboard> {
    await this.freshness.atLeast(query.minPosition);
    const { delegationId, agencyId, from, to, sourceKind, supervisingBody, level } = query;
    return this.dashboard.get({
      delegationId,
      agencyId,
      from,
      to,
      sourceKind,
      supervisingBody,
      level,
    });
  }
}
