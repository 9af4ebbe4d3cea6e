import type { Transaction } from 'kysely';
import type { ReadModelTables, RecommendationMeasureTable } from '../database/tables';

type Trx = Transaction<ReadModelTables>;

/**
 * The `response_deadlines` rows: each deadline with the agency charged with it — the one that
 * held the case on its due date (`scorecardsOf` says so of the same rows) — and, copied from its
 * recommendation, what the dashboard filters by, so that its sums read this table alone.
 */

/** What a deadline copies from its recommendation (kept in step by `followRecommendation`). */
type Copied = Pick<
  RecommendationMeasureTable,
  | 'recommendation_id'
  | 'delegation_id'
  | 'issued_on'
  | 'original_agency_id'
  | 'current_agency_id'
  | 'closed_on'
>;

/**
 * Who held the case on `date`: the agency the last handover in force by then (in log order, as
 * `scorecardsOf` reads `case_handovers`) passed it to, else its original addressee. The
 * handovers are read from this projection's own timeline, before `position`, so that a rebuild
 * of this projection alone charges what a normal build does.
 */
export const holderOn = async (
  trx: Trx,
  case_: Pick<Copied, 'recommendation_id' | 'original_agency_id'>,
  date: string,
  position: number,
): Promise<string> => {
  const handovers = await trx
    .selectFrom('recommendation_timeline')
    .select(['business_date', 'details'])
    .where('recommendation_id', '=', case_.recommendation_id)
    .where('type', '=', 'RecommendationTransferred')
    .where('log_position', '<', position)
    .orderBy('log_position')
    .execute();
  return handovers.reduce(
    (holder, h) =>
      h.business_date <= date
        ? (JSON.parse(h.details) as { toAgencyId: string }).toAgencyId
        : holder,
    case_.original_agency_id,
  );
};

/**
 * Whether each deadline of the case was met, from its own columns: on time if answered by its
 * due date; late if answered after it, or unanswered past it on the day the case was closed;
 * running while unanswered on an open case (late once today is past `running_due_on`). Written
 * again after every change to a deadline's due date, answer or case closure, so that the
 * dashboard sums these columns instead of comparing dates for each of 100 000 rows.
 */
const settle = (trx: Trx, id: string) =>
  trx
    .updateTable('response_deadlines')
    .set((eb) => ({
      on_time: eb.case().when('answered_on', '<=', eb.ref('due_on')).then(1).else(0).end(),
      late: eb
        .case()
        .when('answered_on', '>', eb.ref('due_on'))
        .then(1)
        .when(eb.and([eb('answered_on', 'is', null), eb('due_on', '<', eb.ref('closed_on'))]))
        .then(1)
        .else(0)
        .end(),
      running_due_on: eb
        .case()
        .when(eb.and([eb('answered_on', 'is', null), eb('closed_on', 'is', null)]))
        .then(eb.ref('due_on'))
        .else(null)
        .end(),
    }))
    .where('recommendation_id', '=', id)
    .execute();

/**
 * A response deadline opens at the issue and at each unsatisfactory assessment; applied again
 * (a replay), it is the same row.
 */
export const openResponseDeadline = async (
  trx: Trx,
  case_: Copied,
  openedBy: string,
  dueOn: string,
  chargedAgencyId: string,
) => {
  await trx
    .insertInto('response_deadlines')
    .values({
      recommendation_id: case_.recommendation_id,
      delegation_id: case_.delegation_id,
      issued_on: case_.issued_on,
      original_agency_id: case_.original_agency_id,
      current_agency_id: case_.current_agency_id,
      closed_on: case_.closed_on,
      opened_by: openedBy,
      due_on: dueOn,
      answered_on: null,
      charged_agency_id: chargedAgencyId,
      on_time: 0,
      late: 0,
      running_due_on: case_.closed_on === null ? dueOn : null,
      days_to_respond: null,
    })
    .onConflict((oc) => oc.columns(['recommendation_id', 'opened_by']).doNothing())
    .execute();
  // Opened on a closed case (never in the domain today), it is settled as any other.
  if (case_.closed_on !== null) await settle(trx, case_.recommendation_id);
};

/**
 * A response answers the one deadline open (the decider takes a response only while one is
 * awaited, and opens the next only after assessing it); applied again, it finds none open.
 */
export const answerResponseDeadline = async (trx: Trx, id: string, respondedOn: string) => {
  await trx
    .updateTable('response_deadlines')
    .set({ answered_on: respondedOn })
    .where('recommendation_id', '=', id)
    .where('answered_on', 'is', null)
    .execute();
  await settle(trx, id);
};

/** The days to the first response, on the first deadline: the card charged with it counts them. */
export const recordDaysToRespond = (trx: Trx, id: string, openedBy: string, days: number) =>
  trx
    .updateTable('response_deadlines')
    .set({ days_to_respond: days })
    .where('recommendation_id', '=', id)
    .where('opened_by', '=', openedBy)
    .execute();

/** The deadline still open moves to `dueOn`, and is charged to whoever holds the case then. */
export const extendResponseDeadline = async (
  trx: Trx,
  case_: Pick<Copied, 'recommendation_id' | 'original_agency_id'>,
  dueOn: string,
  position: number,
) => {
  await trx
    .updateTable('response_deadlines')
    .set({
      due_on: dueOn,
      charged_agency_id: await holderOn(trx, case_, dueOn, position),
    })
    .where('recommendation_id', '=', case_.recommendation_id)
    .where('answered_on', 'is', null)
    .execute();
  await settle(trx, case_.recommendation_id);
};

/**
 * A handover is the last in log order: every deadline due on or after its effective date is
 * now charged to the successor; those due before stay with whoever held the case then.
 */
export const chargeHandover = (trx: Trx, id: string, toAgencyId: string, effectiveOn: string) =>
  trx
    .updateTable('response_deadlines')
    .set({ charged_agency_id: toAgencyId })
    .where('recommendation_id', '=', id)
    .where('due_on', '>=', effectiveOn)
    .execute();

/** The recommendation's addressee or closure changed: its deadlines' copies follow. */
export const followRecommendation = async (
  trx: Trx,
  case_: Pick<Copied, 'recommendation_id' | 'current_agency_id' | 'closed_on'>,
) => {
  await trx
    .updateTable('response_deadlines')
    .set({ current_agency_id: case_.current_agency_id, closed_on: case_.closed_on })
    .where('recommendation_id', '=', case_.recommendation_id)
    .execute();
  await settle(trx, case_.recommendation_id);
};
