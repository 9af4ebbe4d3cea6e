import {
  businessDateOf,
  type CouncilLevel,
  type LegalBasis,
  type SourceKind,
  type SupervisingBody,
} from '@hdnd/domain';
import type { Clock } from '@hdnd/event-store';
import type { ReadModelDb, ReadModelSource } from '../database/read-model-database';
import type { RecommendationTable } from '../database/tables';
import { earliestOf, pendingDeadlinesOf } from '../recommendations/pending-deadlines';
import type { RecommendationFilter } from '../recommendations/recommendation-views';
import {
  narrowedFilter,
  orderOf,
  recommendationsMatching,
} from '../recommendations/recommendations-matching';
import type { RegisterRow } from './register-row';

const COLUMNS = [
  'id',
  'delegation_id',
  'source_kind',
  'source_id',
  'supervising_body',
  'council_level',
  'supervisor_name',
  'text',
  'original_agency_id',
  'current_agency_id',
  'issued_on',
  'response_due_on',
  'original_response_due_on',
  'response_track',
  'implementation_track',
  'verification_track',
  'status',
  'percent',
  'escalation_step',
  'closed_on',
] as const;

type Row = Pick<RecommendationTable, (typeof COLUMNS)[number]>;

/** A recommendation's row with what the joins add: names, the latest response, completion. */
type JoinedRow = Row & {
  readonly delegation_title: string | null;
  readonly source_title: string | null;
  readonly delegation_legal_basis: string | null;
  readonly original_agency_name: string | null;
  readonly current_agency_name: string | null;
  readonly responded_on: string | null;
  readonly response_position: string | null;
  readonly response_text: string | null;
  readonly completed_on: string | null;
};

/**
 * Rows a batch holds unless asked otherwise: two queries per 100 recommendations. A batch lives
 * while its document rows are written; batches of 500 outlived two young-generation collections
 * and were promoted, so a 100 000-row export piled up old-generation garbage (peak RSS 290 MB
 * for the XLSX, 175 MB with batches of 100, for about 0.3 s more spent building queries).
 */
const BATCH = 100;

/** The filter a register takes: the tracker list's, without its paging. */
export type RegisterFilter = Omit<RecommendationFilter, 'page' | 'pageSize'>;

/**
 * Every recommendation a tracker filter selects, as register rows, in the tracker's order, a
 * batch at a time: a spreadsheet or a report of 100 000 recommendations is written as it is
 * read, holding one batch. Batches follow the order by key (the last row's sort value and id),
 * not by offset, so each costs the same however deep into the tracker it is.
 */
export class RecommendationRegister {
  constructor(
    private readonly source: ReadModelSource,
    private readonly clock: Clock,
  ) {}

  private get db(): ReadModelDb {
    return this.source.db;
  }

  async *batches(asked: RegisterFilter, batchSize = BATCH): AsyncGenerator<readonly RegisterRow[]> {
    const filter = await narrowedFilter(this.db, asked);
    const today = businessDateOf(this.clock.now());
    const { orderColumn, direction } = orderOf(filter.sort);
    // 300 delegations' resolutions for 100 000 rows: each is parsed once.
    const legalBases = new Map<string, LegalBasis | null>();
    const legalBasisOf = (delegationId: string, json: string | null): LegalBasis | null => {
      let basis = legalBases.get(delegationId);
      if (basis === undefined) {
        basis = json === null ? null : (JSON.parse(json) as LegalBasis);
        legalBases.set(delegationId, basis);
      }
      return basis;
    };
    let after: { value: string; id: string } | undefined;
    for (;;) {
      let page = recommendationsMatching(this.db, filter, today).select(COLUMNS);
      if (after) {
        const { value, id } = after;
        // The same rows as `column > value or (column = value and id > last id)`, said so that
        // the bound on the sort column is a range of its index: the batch starts where the last
        // one ended instead of walking the index from its start again.
        page = page.where((eb) =>
          direction === 'asc'
            ? eb.and([
                eb(orderColumn, '>=', value),
                eb.or([eb(orderColumn, '>', value), eb('id', '>', id)]),
              ])
            : eb.and([
                eb(orderColumn, '<=', value),
                eb.or([eb(orderColumn, '<', value), eb('id', '>', id)]),
              ]),
        );
      }
      const rows = await this.db
        .selectFrom(page.orderBy(orderColumn, direction).orderBy('id').limit(batchSize).as('page'))
        .leftJoin('delegations', 'delegations.id', 'page.delegation_id')
        .leftJoin('follow_up_sources as source', (join) =>
          join
            .onRef('source.kind', '=', 'page.source_kind')
            .onRef('source.id', '=', 'page.source_id'),
        )
        .leftJoin('agencies as original', 'original.id', 'page.original_agency_id')
        .leftJoin('agencies as current', 'current.id', 'page.current_agency_id')
        // The latest response: the last by date, then by id.
        .leftJoin('recommendation_responses as latest', (join) =>
          join.on((eb) =>
            eb(
              'latest.id',
              '=',
              eb
                .selectFrom('recommendation_responses')
                .select('recommendation_responses.id')
                .whereRef('recommendation_responses.recommendation_id', '=', 'page.id')
                .orderBy('recommendation_responses.responded_on', 'desc')
                .orderBy('recommendation_responses.id', 'desc')
                .limit(1),
            ),
          ),
        )
        .selectAll('page')
        .select([
          'delegations.title as delegation_title',
          'source.title as source_title',
          'delegations.legal_basis as delegation_legal_basis',
          'original.name as original_agency_name',
          'current.name as current_agency_name',
          'latest.responded_on as responded_on',
          'latest.position as response_position',
          'latest.text as response_text',
          (eb) =>
            eb
              .selectFrom('progress_reports')
              .select((eb) => eb.fn.max('progress_reports.reported_on').as('completed_on'))
              .whereRef('progress_reports.recommendation_id', '=', 'page.id')
              .where('progress_reports.kind', '=', 'completion')
              .as('completed_on'),
        ])
        .orderBy(orderColumn === 'issued_on' ? 'page.issued_on' : 'page.response_due_on', direction)
        .orderBy('page.id')
        .execute();
      if (rows.length === 0) return;
      yield await this.registerRows(rows, legalBasisOf);
      if (rows.length < batchSize) return;
      const last = rows.at(-1)!;
      after = { value: last[orderColumn], id: last.id };
    }
  }

  /** A batch's rows with their commitments, read in one more query. */
  private async registerRows(
    rows: readonly JoinedRow[],
    legalBasisOf: (delegationId: string, json: string | null) => LegalBasis | null,
  ): Promise<RegisterRow[]> {
    const commitments = await this.db
      .selectFrom('commitments')
      .select(['recommendation_id', 'text', 'due_on', 'original_due_on', 'met_on'])
      .where(
        'recommendation_id',
        'in',
        rows.map((r) => r.id),
      )
      .orderBy('due_on')
      .orderBy('id')
      .execute();
    const commitmentsOf = groupBy(commitments, (c) => c.recommendation_id);
    return rows.map((row): RegisterRow => {
      const promised = commitmentsOf.get(row.id) ?? [];
      const unmet = promised.filter((c) => c.met_on === null).map((c) => c.due_on);
      return {
        id: row.id,
        delegation: {
          id: row.delegation_id,
          title: row.delegation_title ?? '',
          legalBasis: legalBasisOf(row.delegation_id, row.delegation_legal_basis),
        },
        source: {
          kind: row.source_kind as SourceKind,
          id: row.source_id,
          title: row.source_title ?? '',
        },
        supervisor: {
          body: row.supervising_body as SupervisingBody,
          level: row.council_level as CouncilLevel,
          ...(row.supervisor_name !== null && { name: row.supervisor_name }),
        },
        addressee: {
          original: { id: row.original_agency_id, name: row.original_agency_name },
          current: { id: row.current_agency_id, name: row.current_agency_name },
        },
        text: row.text,
        issuedOn: row.issued_on,
        responseDueOn: row.response_due_on,
        originalResponseDueOn: row.original_response_due_on,
        response:
          row.responded_on !== null
            ? {
                respondedOn: row.responded_on,
                position: row.response_position!,
                text: row.response_text!,
              }
            : null,
        responseTrack: row.response_track as RegisterRow['responseTrack'],
        commitments: promised.map((c) => ({
          text: c.text,
          dueOn: c.due_on,
          originalDueOn: c.original_due_on,
          metOn: c.met_on,
        })),
        implementation: row.implementation_track as RegisterRow['implementation'],
        percent: row.percent,
        completedOn: row.completed_on ?? null,
        verification: row.verification_track as RegisterRow['verification'],
        closedOn: row.closed_on,
        status: row.status as RegisterRow['status'],
        nextDueOn: earliestOf(pendingDeadlinesOf(row, unmet)),
        escalationStep: row.escalation_step,
      };
    });
  }
}

const groupBy = <T>(items: readonly T[], key: (item: T) => string): Map<string, T[]> => {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const group = groups.get(key(item));
    if (group) group.push(item);
    else groups.set(key(item), [item]);
  }
  return groups;
};
