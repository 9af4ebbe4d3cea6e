import { Controller, Get, Inject, Param, Query, Res } from '@nestjs/common';
import type { Response } from 'express';
import { Transform, Type } from 'class-transformer';
import { IsBoolean, IsIn, IsInt, IsOptional, Matches, Max, Min } from 'class-validator';
import { AnnouncedCalendar, businessToday, CLOCK } from '@hdnd/application';
import {
  COUNCIL_LEVELS,
  MAX_WORKING_DAYS,
  SOURCE_KINDS,
  streamIds,
  SUPERVISING_BODIES,
  type CouncilLevel,
  type SourceKind,
  type SupervisingBody,
} from '@hdnd/domain';
import type { Clock } from '@hdnd/event-store';
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
import { ID_PATTERN, IsLocalDate } from '../http/is-local-date';
import { ListQuery } from '../http/list-query.dto';
import { TimeTravelQuery } from '../http/time-travel-query.dto';
import { CaseReads, type CaseAnswer, type CaseRead } from '../http/case-reads';
import { ReadYourWrites } from '../http/read-your-writes';
import { CurrentUser } from '../auth/current-user.decorator';
import { ensureOwnCase, ownCasesOnly } from '../auth/own-cases';
import type { Principal } from '../auth/principal';
import { Allow, READERS } from '../auth/access.decorator';
import { EXPORT_FORMATS, RegisterSpreadsheets, type ExportFormat } from './register-spreadsheets';
import { CaseHistoryDocuments } from './case-history-documents';
import { CaseHistoryQuery } from './case-history.query';

const SORTS: readonly RecommendationSort[] = [
  'issuedOn',
  '-issuedOn',
  'responseDueOn',
  '-responseDueOn',
];

/** `true` and `false` as a query string writes them; anything else is left for @IsBoolean to refuse. */
const QueryBoolean = () =>
  Transform(({ value }) => (value === 'true' ? true : value === 'false' ? false : value));

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
  /**
   * Only those from this kind of source: `delegation`, `interpellation`, `explanation-session`,
   * `voter-petitions` or `committee-supervision`.
   */
  @IsOptional() @IsIn(SOURCE_KINDS) sourceKind?: SourceKind;
  /** Only those followed up in this supervising body's name (the council, a committee…). */
  @IsOptional() @IsIn(SUPERVISING_BODIES) supervisingBody?: SupervisingBody;
  /** Only those of councils at this level: `province` or `commune`. */
  @IsOptional() @IsIn(COUNCIL_LEVELS) level?: CouncilLevel;
  /** `true`: only those with a response or commitment past due today (Asia/Ho_Chi_Minh). */
  @IsOptional() @QueryBoolean() @IsBoolean() overdue?: boolean;
  /**
   * Only those with a deadline still to meet (the response awaited, or a commitment unmet while
   * the work is not reported done) on or before this date; with `dueAfter`, the same deadline
   * lies between the two (both included).
   */
  @IsOptional() @IsLocalDate() dueBefore?: string;
  /** Only those with a deadline still to meet on or after this date. */
  @IsOptional() @IsLocalDate() dueAfter?: string;
  /**
   * Only those with a deadline still to meet from today to this many working days ahead, counted
   * on the working calendar deadlines are set with (weekends, holidays, announced days off).
   */
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(0)
  @Max(MAX_WORKING_DAYS)
  dueWithinWorkingDays?: number;
  /** Only those issued on or after this date (a period of issue, as the dashboard's). */
  @IsOptional() @IsLocalDate() issuedFrom?: string;
  /** Only those issued on or before this date. */
  @IsOptional() @IsLocalDate() issuedTo?: string;
  /** `true`: only those not closed (no verification outcome yet). */
  @IsOptional() @QueryBoolean() @IsBoolean() open?: boolean;
  /** `true`: only those with a response recorded and not assessed yet. */
  @IsOptional() @QueryBoolean() @IsBoolean() awaitingAssessment?: boolean;
  /** `true`: only those whose completion was reported and awaits verification. */
  @IsOptional() @QueryBoolean() @IsBoolean() awaitingVerification?: boolean;
  @IsOptional() @IsIn(SORTS) sort?: RecommendationSort;
}

/** The tracker's filters, for the whole of what they select, and the file to write it to. */
export class RecommendationExportQuery extends RecommendationListQuery {
  /** `xlsx` (a workbook, the default) or `csv` (UTF-8 with a byte-order mark, for Excel). */
  @IsOptional() @IsIn(EXPORT_FORMATS) format?: ExportFormat;
}

/** The recommendation tracker: each recommendation from survey to government response. */
@Controller('api/recommendations')
export class RecommendationQueriesController {
  constructor(
    private readonly recommendations: RecommendationQueries,
    private readonly freshness: ReadYourWrites,
    private readonly cases: CaseReads,
    private readonly calendar: AnnouncedCalendar,
    private readonly spreadsheets: RegisterSpreadsheets,
    private readonly histories: CaseHistoryDocuments,
    @Inject(CLOCK) private readonly clock: Clock,
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
    const asked = { ...query, ...(await this.window(query)) };
    return this.recommendations.list(
      user.role === 'agency'
        ? { ...asked, agencyId: undefined, answeringAgencyId: own.agencyId }
        : { ...asked, ...own },
    );
  }

  /**
   * `dueWithinWorkingDays` as dates: from today to the working day so many working days ahead,
   * narrowed further by `dueAfter` and `dueBefore` when given too.
   */
  private async window(
    query: RecommendationListQuery,
  ): Promise<{ dueAfter?: string; dueBefore?: string }> {
    const { dueAfter, dueBefore, dueWithinWorkingDays: days } = query;
    // The read model knows dates, not working days: the window is settled here.
    if (days === undefined) return { dueAfter, dueBefore };
    const today = businessToday(this.clock);
    const last = (await this.calendar.workingCalendar()).addWorkingDays(today, days);
    return {
      dueAfter: dueAfter !== undefined && dueAfter > today ? dueAfter : today,
      dueBefore: dueBefore !== undefined && dueBefore < last ? dueBefore : last,
    };
  }

  /**
   * Everything the list's filters select, as the office's follow-up spreadsheet (Vietnamese
   * headers, one row per recommendation, in the list's order), written as it is read. Paging
   * is ignored: the file holds every row.
   */
  @Get('export')
  @Allow(...READERS)
  async export(
    @Query() query: RecommendationExportQuery,
    @CurrentUser() user: Principal,
    @Res() response: Response,
  ): Promise<void> {
    await this.freshness.atLeast(query.minPosition);
    const own = ownCasesOnly(user, query.agencyId);
    const { page: _page, pageSize: _pageSize, format, minPosition: _min, ...filters } = query;
    const asked = { ...filters, ...(await this.window(query)) };
    await this.spreadsheets.send(
      format ?? 'xlsx',
      user.role === 'agency'
        ? { ...asked, agencyId: undefined, answeringAgencyId: own.agencyId }
        : { ...asked, ...own },
      response,
    );
  }

  /**
   * The recommendation's history as a printable Word document (an attachment): the header
   * block, what was asked of whom and where it stands, and every step of its timeline with
   * when, what, who (name and role) and the legal basis. Now or in the past, as `GET /:id`
   * reads it; whoever may read the case may print it.
   */
  @Get(':id/history.docx')
  @Allow(...READERS)
  async history(
    @Param('id', IdParam) id: string,
    @Query() query: CaseHistoryQuery,
    @CurrentUser() user: Principal,
    @Res() response: Response,
  ): Promise<void> {
    const view = await this.cases.answer(query, this.caseRead(id, user), response);
    await this.histories.send(view, query, response);
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
    return this.cases.answer(query, this.caseRead(id, user), response);
  }

  /** How a recommendation is read, now or in the past, and who may read it. */
  private caseRead(id: string, user: Principal): CaseRead<RecommendationView> {
    return {
      kind: 'recommendation',
      began: 'issued',
      id,
      streamId: streamIds.recommendation(id),
      current: () => this.recommendations.get(id),
      past: (source, then) => new RecommendationQueries(source, then).get(id),
      // Whose case it is now decides who may look, at its past too.
      authorize: (now) => ensureOwnCase(user, now?.addressee.current, 'recommendation'),
    };
  }
}
