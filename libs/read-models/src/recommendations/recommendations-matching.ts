import type { ExpressionBuilder } from 'kysely';
import type { ReadModelDb } from '../database/read-model-database';
import type { ReadModelTables } from '../database/tables';
import { matchesSearch } from '../search/matches-search';
import type { RecommendationFilter, RecommendationSort } from './recommendation-views';

/*
 * The tracker's filters as SQL over the recommendations table: the list pages through what they
 * select, the register (every matching row, for a spreadsheet or a report) walks all of it.
 */

/** Open, and a response or a commitment past due on `today` (a local date in Vietnam). */
const overdueOn = (today: string) => (eb: ExpressionBuilder<ReadModelTables, 'recommendations'>) =>
  eb.and([
    eb('verification_track', '=', 'unverified'),
    eb.or([
      eb.and([eb('response_track', '=', 'awaiting-response'), eb('response_due_on', '<', today)]),
      eb.and([
        eb('implementation_track', '<>', 'reported-done'),
        eb('response_track', '<>', 'rejected'),
        eb.exists(
          eb
            .selectFrom('commitments')
            .select('commitments.id')
            .whereRef('commitments.recommendation_id', '=', 'recommendations.id')
            .where('commitments.met_on', 'is', null)
            .where('commitments.due_on', '<', today),
        ),
      ]),
    ]),
  ]);

/**
 * A deadline still to meet falls between `after` and `before` (both included, either may be
 * missing): the response while one is awaited, or a commitment not met while the work is not
 * reported done and the response was not a rejection — the deadlines `overdueOn` looks at.
 */
const pendingDeadlineBetween =
  (after: string | undefined, before: string | undefined) =>
  (eb: ExpressionBuilder<ReadModelTables, 'recommendations'>) => {
    let commitmentDue = eb
      .selectFrom('commitments')
      .select('commitments.id')
      .whereRef('commitments.recommendation_id', '=', 'recommendations.id')
      .where('commitments.met_on', 'is', null);
    if (after !== undefined) commitmentDue = commitmentDue.where('commitments.due_on', '>=', after);
    if (before !== undefined)
      commitmentDue = commitmentDue.where('commitments.due_on', '<=', before);
    const responseDue = eb.and([
      ...(after === undefined ? [] : [eb('response_due_on', '>=', after)]),
      ...(before === undefined ? [] : [eb('response_due_on', '<=', before)]),
    ]);
    return eb.and([
      eb('verification_track', '=', 'unverified'),
      eb.or([
        eb.and([eb('response_track', '=', 'awaiting-response'), responseDue]),
        eb.and([
          eb('implementation_track', '<>', 'reported-done'),
          eb('response_track', '<>', 'rejected'),
          eb.exists(commitmentDue),
        ]),
      ]),
    ]);
  };

/** A response recorded and not assessed yet, on a case not closed. */
const awaitingAssessment = (eb: ExpressionBuilder<ReadModelTables, 'recommendations'>) =>
  eb.and([
    eb('verification_track', '=', 'unverified'),
    eb.exists(
      eb
        .selectFrom('recommendation_responses')
        .select('recommendation_responses.id')
        .whereRef('recommendation_responses.recommendation_id', '=', 'recommendations.id')
        .where('recommendation_responses.verdict', 'is', null),
    ),
  ]);

/** Addressed to the agency at any time: originally, now, or in between (passed on since). */
const addressedTo =
  (agencyId: string) => (eb: ExpressionBuilder<ReadModelTables, 'recommendations'>) =>
    eb.or([
      eb('original_agency_id', '=', agencyId),
      eb('current_agency_id', '=', agencyId),
      eb.exists(
        eb
          .selectFrom('case_handovers')
          .select('case_handovers.case_id')
          .where('case_handovers.case_kind', '=', 'recommendation')
          .where('case_handovers.from_agency_id', '=', agencyId)
          .whereRef('case_handovers.case_id', '=', 'recommendations.id'),
      ),
    ]);

/**
 * The recommendations a filter selects on `today` (a local date in Vietnam), with no order or
 * columns chosen yet. The filter should have gone through `narrowedFilter` first.
 */
export const recommendationsMatching = (
  db: ReadModelDb,
  filter: RecommendationFilter,
  today: string,
) => {
  let query = db.selectFrom('recommendations');
  if (filter.status) query = query.where('status', '=', filter.status);
  if (filter.agencyId) query = query.where(addressedTo(filter.agencyId));
  if (filter.answeringAgencyId)
    query = query.where('current_agency_id', '=', filter.answeringAgencyId);
  if (filter.delegationId !== undefined)
    query = query.where('delegation_id', 'in', [filter.delegationId].flat());
  if (filter.sourceKind) query = query.where('source_kind', '=', filter.sourceKind);
  if (filter.supervisingBody) query = query.where('supervising_body', '=', filter.supervisingBody);
  if (filter.level) query = query.where('council_level', '=', filter.level);
  if (filter.overdue) query = query.where(overdueOn(today));
  if (filter.dueAfter !== undefined || filter.dueBefore !== undefined)
    query = query.where(pendingDeadlineBetween(filter.dueAfter, filter.dueBefore));
  if (filter.open) query = query.where('verification_track', '=', 'unverified');
  if (filter.awaitingAssessment) query = query.where(awaitingAssessment);
  if (filter.awaitingVerification)
    query = query
      .where('implementation_track', '=', 'reported-done')
      .where('verification_track', '=', 'unverified');
  if (filter.issuedFrom !== undefined) query = query.where('issued_on', '>=', filter.issuedFrom);
  if (filter.issuedTo !== undefined) query = query.where('issued_on', '<=', filter.issuedTo);
  if (filter.q) query = query.where(matchesSearch('search_text', filter.q));
  return query;
};

/** The column and direction of a sort; ties are always broken by id, ascending. */
export const orderOf = (
  sort: RecommendationSort | undefined,
): { orderColumn: 'issued_on' | 'response_due_on'; direction: 'asc' | 'desc' } => {
  const chosen = sort ?? 'responseDueOn';
  const descending = chosen.startsWith('-');
  const column = descending ? chosen.slice(1) : chosen;
  return {
    orderColumn: column === 'issuedOn' ? 'issued_on' : 'response_due_on',
    direction: descending ? 'desc' : 'asc',
  };
};

/**
 * A case leaves its addressee only by a succession: an agency that passed nothing on was
 * addressed exactly the cases it answers for now, which the list's index and the kept totals
 * serve (100 k cases to one agency count in no time). Only an agency that passed cases on is
 * looked up by original addressee and handovers too.
 */
export const narrowedFilter = async <F extends RecommendationFilter>(
  db: ReadModelDb,
  filter: F,
): Promise<F> => {
  if (!filter.agencyId) return filter;
  const passedOn = await db
    .selectFrom('case_handovers')
    .select('case_id')
    .where('from_agency_id', '=', filter.agencyId)
    .where('case_kind', '=', 'recommendation')
    .limit(1)
    .executeTakeFirst();
  if (passedOn) return filter;
  const { agencyId, answeringAgencyId, ...rest } = filter;
  // Both given (an agency user naming its own agency): the same agency, or nothing matches.
  return (
    answeringAgencyId !== undefined && answeringAgencyId !== agencyId
      ? { ...rest, agencyId, answeringAgencyId }
      : { ...rest, answeringAgencyId: agencyId }
  ) as F;
};
