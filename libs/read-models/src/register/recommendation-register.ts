import { businessDateOf, type LegalBasis } from '@hdnd/domain';
import type { Clock } from '@hdnd/event-store';
import type { ReadModelDb, ReadModelSource } from '../database/read-model-database';
import type { RecommendationTable } from '../database/tables';
import { agencyNamesOf } from '../agencies/agency-names';
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

/** Rows a batch holds unless asked otherwise: a few queries per 500 recommendations. */
const BATCH = 500;

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
    let after: { value: string; id: string } | undefined;
    for (;;) {
      let query = recommendationsMatching(this.db, filter, today).select(COLUMNS);
      if (after) {
        const { value, id } = after;
        query = query.where((eb) =>
          eb.or([
            eb(orderColumn, direction === 'asc' ? '>' : '<', value),
            eb.and([eb(orderColumn, '=', value), eb('id', '>', id)]),
          ]),
        );
      }
      const rows = await query
        .orderBy(orderColumn, direction)
        .orderBy('id')
        .limit(batchSize)
        .execute();
      if (rows.length === 0) return;
      yield await this.registerRows(rows);
      if (rows.length < batchSize) return;
      const last = rows.at(-1)!;
      after = { value: last[orderColumn], id: last.id };
    }
  }

  /** A batch's rows with what other tables hold of them, in one query per table. */
  private async registerRows(rows: readonly Row[]): Promise<RegisterRow[]> {
    const ids = rows.map((r) => r.id);
    const [delegations, responses, commitments, completions, agency] = await Promise.all([
      this.db
        .selectFrom('delegations')
        .select(['id', 'title', 'legal_basis'])
        .where('id', 'in', [...new Set(rows.map((r) => r.delegation_id))])
        .execute(),
      this.db
        .selectFrom('recommendation_responses')
        .select(['recommendation_id', 'responded_on', 'position', 'text'])
        .where('recommendation_id', 'in', ids)
        .orderBy('responded_on')
        .orderBy('id')
        .execute(),
      this.db
        .selectFrom('commitments')
        .select(['recommendation_id', 'text', 'due_on', 'original_due_on', 'met_on'])
        .where('recommendation_id', 'in', ids)
        .orderBy('due_on')
        .orderBy('id')
        .execute(),
      this.db
        .selectFrom('progress_reports')
        .select(['recommendation_id', (eb) => eb.fn.max('reported_on').as('completed_on')])
        .where('recommendation_id', 'in', ids)
        .where('kind', '=', 'completion')
        .groupBy('recommendation_id')
        .execute(),
      agencyNamesOf(
        this.db,
        rows.flatMap((r) => [r.original_agency_id, r.current_agency_id]),
      ),
    ]);
    const delegationOf = new Map(delegations.map((d) => [d.id, d]));
    // Ordered by date: the last one seen for a recommendation is its latest response.
    const latestResponse = new Map(responses.map((r) => [r.recommendation_id, r]));
    const commitmentsOf = groupBy(commitments, (c) => c.recommendation_id);
    const completedOn = new Map(completions.map((c) => [c.recommendation_id, c.completed_on]));
    return rows.map((row): RegisterRow => {
      const delegation = delegationOf.get(row.delegation_id);
      const response = latestResponse.get(row.id);
      const promised = commitmentsOf.get(row.id) ?? [];
      const unmet = promised.filter((c) => c.met_on === null).map((c) => c.due_on);
      return {
        id: row.id,
        delegation: {
          id: row.delegation_id,
          title: delegation?.title ?? '',
          legalBasis: delegation ? (JSON.parse(delegation.legal_basis) as LegalBasis) : null,
        },
        addressee: {
          original: agency(row.original_agency_id),
          current: agency(row.current_agency_id),
        },
        text: row.text,
        issuedOn: row.issued_on,
        responseDueOn: row.response_due_on,
        originalResponseDueOn: row.original_response_due_on,
        response: response
          ? { respondedOn: response.responded_on, position: response.position, text: response.text }
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
        completedOn: completedOn.get(row.id) ?? null,
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
