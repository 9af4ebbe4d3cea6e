import {
  businessDateOf,
  daysBetween,
  type DeadlineExtended,
  type Indicator,
  type LegalBasis,
  type RecommendationClosed,
  type RecommendationEscalated,
  type RecommendationEvent,
  type RecommendationReopened,
  type SourceKind,
  type SupervisingBody,
  type CouncilLevel,
} from '@hdnd/domain';
import type { Clock } from '@hdnd/event-store';
import type { ReadModelDb, ReadModelSource } from '../database/read-model-database';
import type { RecommendationTable } from '../database/tables';
import { page, type Page } from '../runner/paging';
import { agencyNamesOf } from '../agencies/agency-names';
import { displayNamesOf } from '../people/people.queries';
import { NAMES_AN_AGENCY, summarize } from './timeline-summary';
import { earliestOf, pendingDeadlinesOf } from './pending-deadlines';
import { narrowedFilter, orderOf, recommendationsMatching } from './recommendations-matching';
import { actorIdsIn, agencyIdsIn, historyEntry, type AgencyRef } from '../history/history-entry';
import type {
  RecommendationFilter,
  RecommendationSummary,
  RecommendationView,
  Written,
} from './recommendation-views';

export type {
  RecommendationFilter,
  RecommendationSort,
  RecommendationSummary,
  RecommendationView,
} from './recommendation-views';

/**
 * The timeline's line for a step, with agencies named as the entry's own fields name them: the
 * stored line has their ids (names are read with the case, not frozen at projection), so the
 * steps that name an agency are written again from their details.
 */
const summaryWithNames = (
  recommendationId: string,
  row: { readonly type: string; readonly details: string; readonly summary: string },
  nameOf: (agencyId: string) => string,
): string => {
  if (!NAMES_AN_AGENCY.has(row.type)) return row.summary;
  const data = { ...(JSON.parse(row.details) as object), recommendationId };
  return summarize({ type: row.type, data } as RecommendationEvent, nameOf);
};

/** The columns a summary is made of: a list page reads these, not the whole row. */
const SUMMARY_COLUMNS = [
  'id',
  'delegation_id',
  'source_kind',
  'source_id',
  'source_part_id',
  'supervising_body',
  'council_level',
  'supervisor_name',
  'text',
  'status',
  'response_track',
  'implementation_track',
  'verification_track',
  'issued_on',
  'response_due_on',
  'original_response_due_on',
  'original_agency_id',
  'current_agency_id',
  'escalation_step',
  'percent',
] as const;

type SummaryRow = Pick<RecommendationTable, (typeof SUMMARY_COLUMNS)[number]>;

/** The titles of the sources a page of rows comes from, in one query. */
const sourceTitlesOf = async (
  db: ReadModelDb,
  rows: readonly Pick<RecommendationTable, 'source_kind' | 'source_id'>[],
): Promise<(kind: string, id: string) => string | null> => {
  const ids = [...new Set(rows.map((r) => r.source_id))];
  const found = await db
    .selectFrom('follow_up_sources')
    .select(['kind', 'id', 'title'])
    .where('id', 'in', ids)
    .execute();
  const titles = new Map(found.map((s) => [`${s.kind} ${s.id}`, s.title]));
  return (kind, id) => titles.get(`${kind} ${id}`) ?? null;
};

export class RecommendationQueries {
  constructor(
    private readonly source: ReadModelSource,
    private readonly clock: Clock,
  ) {}

  private get db(): ReadModelDb {
    return this.source.db;
  }

  async list(asked: RecommendationFilter): Promise<Page<RecommendationSummary>> {
    const filter = await narrowedFilter(this.db, asked);
    const today = businessDateOf(this.clock.now());
    const query = recommendationsMatching(this.db, filter, today);
    const { orderColumn, direction } = orderOf(filter.sort);
    const countRows = async () =>
      Number(
        (await query.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()).n,
      );
    return page(
      filter,
      async (limit, offset) => {
        const rows = await query
          .select(SUMMARY_COLUMNS)
          .orderBy(orderColumn, direction)
          .orderBy('id')
          .limit(limit)
          .offset(offset)
          .execute();
        return this.summaries(rows, today);
      },
      // The totals are kept by current addressee only: counting by every addressee reads rows.
      // So are the deadline and open filters: counted over the rows they select.
      () =>
        filter.overdue ||
        filter.q ||
        filter.agencyId ||
        filter.dueAfter !== undefined ||
        filter.dueBefore !== undefined ||
        filter.open ||
        filter.awaitingAssessment ||
        filter.awaitingVerification ||
        filter.issuedFrom !== undefined ||
        filter.issuedTo !== undefined ||
        filter.sourceKind !== undefined ||
        filter.supervisingBody !== undefined ||
        filter.level !== undefined
          ? countRows()
          : this.countFromTotals(filter),
    );
  }

  /** Totals by agency, delegation and status, kept by the projection: no count(*) over 100 k rows. */
  private async countFromTotals(filter: RecommendationFilter): Promise<number> {
    let totals = this.db.selectFrom('recommendation_counts');
    if (filter.status) totals = totals.where('status', '=', filter.status);
    if (filter.answeringAgencyId) totals = totals.where('agency_id', '=', filter.answeringAgencyId);
    if (filter.delegationId !== undefined)
      totals = totals.where('delegation_id', 'in', [filter.delegationId].flat());
    const { n } = await totals
      .select((eb) => eb.fn.sum<number>('n').as('n'))
      .executeTakeFirstOrThrow();
    return Number(n ?? 0);
  }

  /** The recommendation from survey to government response. */
  async get(id: string): Promise<RecommendationView | undefined> {
    const row = await this.db
      .selectFrom('recommendations')
      .selectAll()
      .where('id', '=', id)
      .executeTakeFirst();
    if (!row) return undefined;
    const today = businessDateOf(this.clock.now());
    const findingIds = JSON.parse(row.finding_ids) as string[];
    const [summary, delegation, findings, responses, commitments, progress, timeline] =
      await Promise.all([
        this.summaries([row], today).then(([one]) => one!),
        this.db
          .selectFrom('delegations')
          .select(['id', 'title', 'legal_basis'])
          .where('id', '=', row.delegation_id)
          .executeTakeFirst(),
        findingIds.length === 0
          ? []
          : this.db
              .selectFrom('findings')
              .selectAll()
              .where('id', 'in', findingIds)
              .orderBy('id')
              .execute(),
        this.db
          .selectFrom('recommendation_responses')
          .selectAll()
          .where('recommendation_id', '=', id)
          .orderBy('responded_on')
          .execute(),
        this.db
          .selectFrom('commitments')
          .selectAll()
          .where('recommendation_id', '=', id)
          .orderBy('due_on')
          .execute(),
        this.db
          .selectFrom('progress_reports')
          .selectAll()
          .where('recommendation_id', '=', id)
          .orderBy('log_position')
          .execute(),
        this.db
          .selectFrom('recommendation_timeline')
          .selectAll()
          .where('recommendation_id', '=', id)
          .orderBy('log_position')
          .execute(),
      ]);
    const surveyIds = [
      ...new Set(findings.map((f) => f.survey_id).filter((s): s is string => s !== null)),
    ];
    const agencyIds = new Set([...agencyIdsIn(timeline), ...responses.map((r) => r.agency_id)]);
    const [surveys, agency, displayName, chain] = await Promise.all([
      surveyIds.length === 0
        ? []
        : await this.db
            .selectFrom('surveys')
            .selectAll()
            .where('id', 'in', surveyIds)
            .orderBy('date')
            .execute(),
      agencyNamesOf(this.db, agencyIds),
      displayNamesOf(this.db, actorIdsIn(timeline)),
      this.chainOf(row),
    ]);
    const written = <T>(type: string) =>
      timeline.filter((t) => t.type === type).map((t) => JSON.parse(t.details) as T);
    return {
      ...summary,
      chain,
      origin: {
        delegation: delegation
          ? {
              id: delegation.id,
              title: delegation.title,
              legalBasis: JSON.parse(delegation.legal_basis) as LegalBasis,
            }
          : null,
        surveys: surveys.map((s) => ({
          id: s.id,
          date: s.date,
          agencyIds: JSON.parse(s.agency_ids) as string[],
        })),
        findings: findings.map((f) => ({
          id: f.id,
          kind: f.kind,
          statement: f.statement,
          indicators: JSON.parse(f.indicators) as Indicator[],
          surveyId: f.survey_id,
        })),
      },
      commitments: commitments.map((c) => ({
        id: c.id,
        text: c.text,
        dueOn: c.due_on,
        originalDueOn: c.original_due_on,
        metOn: c.met_on,
      })),
      responses: responses.map((r) => ({
        id: r.id,
        agencyId: r.agency_id,
        agency: agency(r.agency_id),
        respondedOn: r.responded_on,
        position: r.position,
        text: r.text,
        assessment: r.verdict
          ? { verdict: r.verdict, assessedOn: r.assessed_on ?? '', note: r.assessment_note ?? '' }
          : null,
      })),
      progress: progress.map((p) => ({
        kind: p.kind,
        reportedOn: p.reported_on,
        text: p.text,
        percent: p.percent,
        evidence: JSON.parse(p.evidence) as unknown[],
      })),
      extensions: written<Written<DeadlineExtended>>('DeadlineExtended'),
      escalations: written<Written<RecommendationEscalated>>('RecommendationEscalated'),
      closures: written<Written<RecommendationClosed>>('RecommendationClosed'),
      reopenings: written<Written<RecommendationReopened>>('RecommendationReopened'),
      timeline: timeline.map((t) => ({
        ...historyEntry(t, agency, displayName),
        summary: summaryWithNames(id, t, (agencyId) => agency(agencyId).name ?? agencyId),
      })),
    };
  }

  /**
   * The chain a case is part of: the recommendation it carries on from, the sessions escalation
   * placed it before, and the items committed there that carry it on.
   */
  private async chainOf(
    row: Pick<RecommendationTable, 'id' | 'follows_up'>,
  ): Promise<RecommendationView['chain']> {
    const [followed, sessions, followUps] = await Promise.all([
      row.follows_up === null
        ? undefined
        : this.db
            .selectFrom('recommendations')
            .select(['id', 'text'])
            .where('id', '=', row.follows_up)
            .executeTakeFirst(),
      this.db
        .selectFrom('escalation_sessions as e')
        .leftJoin('follow_up_sources as s', (join) =>
          join.onRef('s.kind', '=', 'e.kind').onRef('s.id', '=', 'e.id'),
        )
        .select(['e.kind', 'e.id', 'e.escalated_on', 's.title'])
        .where('e.recommendation_id', '=', row.id)
        .orderBy('e.log_position')
        .execute(),
      this.db
        .selectFrom('recommendations as r')
        .leftJoin('follow_up_sources as s', (join) =>
          join.onRef('s.kind', '=', 'r.source_kind').onRef('s.id', '=', 'r.source_id'),
        )
        .select(['r.id', 'r.text', 'r.status', 'r.source_kind', 'r.source_id', 's.title'])
        .where('r.follows_up', '=', row.id)
        .orderBy('r.issued_on')
        .orderBy('r.id')
        .execute(),
    ]);
    return {
      followsUp: followed ? { id: followed.id, text: followed.text } : null,
      sessions: sessions.map((s) => ({
        kind: s.kind as SourceKind,
        id: s.id,
        title: s.title,
        escalatedOn: s.escalated_on,
      })),
      followUps: followUps.map((f) => ({
        id: f.id,
        text: f.text,
        status: f.status,
        source: { kind: f.source_kind as SourceKind, id: f.source_id, title: f.title },
      })),
    };
  }

  /** Summaries of a page of rows: their commitments in one query, not one per row. */
  private async summaries(
    rows: readonly SummaryRow[],
    today: string,
  ): Promise<RecommendationSummary[]> {
    if (rows.length === 0) return [];
    const ids = rows.map((r) => r.id);
    const [commitments, agency, titleOf] = await Promise.all([
      this.db
        .selectFrom('commitments')
        .select(['recommendation_id', 'due_on'])
        .where('recommendation_id', 'in', ids)
        // A commitment met stays met, even after a reopening sent the work back.
        .where('met_on', 'is', null)
        .execute(),
      // The addressees by name: a person reads the list.
      agencyNamesOf(
        this.db,
        rows.flatMap((r) => [r.original_agency_id, r.current_agency_id]),
      ),
      sourceTitlesOf(this.db, rows),
    ]);
    const dueDates = new Map<string, string[]>();
    for (const c of commitments) {
      const dates = dueDates.get(c.recommendation_id);
      if (dates) dates.push(c.due_on);
      else dueDates.set(c.recommendation_id, [c.due_on]);
    }
    return rows.map((row) => this.summary(row, today, dueDates.get(row.id) ?? [], agency, titleOf));
  }

  private summary(
    row: SummaryRow,
    today: string,
    commitmentDueDates: readonly string[],
    agency: (id: string) => AgencyRef,
    titleOf: (kind: string, id: string) => string | null,
  ): RecommendationSummary {
    const pending = pendingDeadlinesOf(row, commitmentDueDates);
    const days = Math.max(0, ...pending.map((due) => daysBetween(due, today)));
    return {
      id: row.id,
      delegationId: row.source_kind === 'delegation' ? row.delegation_id : null,
      source: {
        kind: row.source_kind as SourceKind,
        id: row.source_id,
        partId: row.source_part_id,
        title: titleOf(row.source_kind, row.source_id),
      },
      supervisor: {
        body: row.supervising_body as SupervisingBody,
        level: row.council_level as CouncilLevel,
        ...(row.supervisor_name !== null && { name: row.supervisor_name }),
      },
      text: row.text,
      status: row.status,
      tracks: {
        response: row.response_track,
        implementation: row.implementation_track,
        verification: row.verification_track,
      },
      overdue: days > 0,
      daysOverdue: days,
      issuedOn: row.issued_on,
      responseDueOn: row.response_due_on,
      originalResponseDueOn: row.original_response_due_on,
      addressee: { original: row.original_agency_id, current: row.current_agency_id },
      addresseeAgencies: {
        original: agency(row.original_agency_id),
        current: agency(row.current_agency_id),
      },
      escalationStep: row.escalation_step,
      percent: row.percent,
      nextDueOn: earliestOf(pending),
    };
  }
}
