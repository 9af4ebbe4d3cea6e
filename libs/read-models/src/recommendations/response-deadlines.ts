import type { Expression, ExpressionBuilder, Transaction } from 'kysely';
import { FIRST_DEADLINE } from '../agencies/agency-scorecard';
import { preparedQuery } from '../database/prepared-query';
import type {
  ReadModelTables,
  RecommendationMeasureTable,
  ResponseDeadlineTable,
} from '../database/tables';

type Trx = Transaction<ReadModelTables>;

/*
 * The `response_deadlines` rows: each deadline with the agency charged with it — the one that
 * held the case on its due date (`scorecardsOf` says so of the same rows) — whether it was met,
 * and, copied from its recommendation, what the dashboard filters by, so that its sums read
 * this table alone. The statements most events run are compiled once (prepared-query.ts).
 */

/** What a deadline needs of its recommendation (its closure kept in step by `followClosure`). */
type Copied = Pick<
  RecommendationMeasureTable,
  'recommendation_id' | 'delegation_id' | 'issued_on' | 'original_agency_id' | 'closed_on'
>;

const handoversBefore = preparedQuery<
  { recommendation_id: string; position: number },
  { business_date: string; details: string }
>((db, slot) =>
  db
    .selectFrom('recommendation_timeline')
    .select(['business_date', 'details'])
    .where('recommendation_id', '=', slot('recommendation_id'))
    .where('type', '=', 'RecommendationTransferred')
    .where('log_position', '<', slot('position'))
    .orderBy('log_position'),
);

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
): Promise<string> =>
  (await handoversBefore(trx, { recommendation_id: case_.recommendation_id, position })).reduce(
    (holder, h) =>
      h.business_date <= date
        ? (JSON.parse(h.details) as { toAgencyId: string }).toAgencyId
        : holder,
    case_.original_agency_id,
  );

/**
 * Whether a deadline was met, from its answer, due date and the case's closure: on time if
 * answered by its due date; late if answered after it, or unanswered past it on the day the
 * case was closed; running while unanswered on an open case (late once today is past
 * `running_due_on`). Each statement that changes one of the three writes these with it, so that
 * the dashboard sums columns instead of comparing dates for each of 100 000 rows.
 */
const outcome = (
  eb: ExpressionBuilder<ReadModelTables, 'response_deadlines'>,
  answered: Expression<string | null>,
  due: Expression<string>,
  closed: Expression<string | null>,
) => ({
  on_time: eb.case().when(answered, '<=', due).then(1).else(0).end(),
  late: eb
    .case()
    .when(answered, '>', due)
    .then(1)
    .when(eb.and([eb(answered, 'is', null), eb(due, '<', closed)]))
    .then(1)
    .else(0)
    .end(),
  running_due_on: eb
    .case()
    .when(eb.and([eb(answered, 'is', null), eb(closed, 'is', null)]))
    .then(due)
    .else(null)
    .end(),
});

const insertDeadline = preparedQuery<ResponseDeadlineTable>((db, slot) =>
  db
    .insertInto('response_deadlines')
    .values({
      recommendation_id: slot('recommendation_id'),
      opened_by: slot('opened_by'),
      due_on: slot('due_on'),
      answered_on: slot('answered_on'),
      charged_agency_id: slot('charged_agency_id'),
      closed_on: slot('closed_on'),
      on_time: slot('on_time'),
      late: slot('late'),
      running_due_on: slot('running_due_on'),
      days_to_respond: slot('days_to_respond'),
      delegation_id: slot('delegation_id'),
      issued_on: slot('issued_on'),
    })
    .onConflict((oc) => oc.columns(['recommendation_id', 'opened_by']).doNothing()),
);

/**
 * A response deadline opens at the issue and at each unsatisfactory assessment; applied again
 * (a replay), it is the same row. It opens unanswered: running while the case is open.
 */
export const openResponseDeadline = (
  trx: Trx,
  case_: Copied,
  openedBy: string,
  dueOn: string,
  chargedAgencyId: string,
) =>
  insertDeadline(trx, {
    recommendation_id: case_.recommendation_id,
    opened_by: openedBy,
    due_on: dueOn,
    answered_on: null,
    charged_agency_id: chargedAgencyId,
    closed_on: case_.closed_on,
    on_time: 0,
    late: case_.closed_on !== null && dueOn < case_.closed_on ? 1 : 0,
    running_due_on: case_.closed_on === null ? dueOn : null,
    days_to_respond: null,
    delegation_id: case_.delegation_id,
    issued_on: case_.issued_on,
  });

const answer = preparedQuery<{
  recommendation_id: string;
  answered_on: string;
  days_to_respond: number;
}>((db, slot) =>
  db
    .updateTable('response_deadlines')
    .set((eb) => ({
      answered_on: slot('answered_on'),
      ...outcome(eb, eb.val<string>(slot('answered_on')), eb.ref('due_on'), eb.ref('closed_on')),
      // Only the first response answers the first deadline: its days are the days to respond.
      days_to_respond: eb
        .case()
        .when('opened_by', '=', FIRST_DEADLINE)
        .then(eb.val<number>(slot('days_to_respond')))
        .else(eb.ref('days_to_respond'))
        .end(),
    }))
    .where('recommendation_id', '=', slot('recommendation_id'))
    .where('answered_on', 'is', null),
);

/**
 * A response answers the one deadline open (the decider takes a response only while one is
 * awaited, and opens the next only after assessing it); applied again, it finds none open.
 * `daysToRespond` (from the issue) is kept if that deadline is the first.
 */
export const answerResponseDeadline = (
  trx: Trx,
  id: string,
  respondedOn: string,
  daysToRespond: number,
) =>
  answer(trx, {
    recommendation_id: id,
    answered_on: respondedOn,
    days_to_respond: daysToRespond,
  });

const extend = preparedQuery<{
  recommendation_id: string;
  due_on: string;
  charged_agency_id: string;
}>((db, slot) =>
  db
    .updateTable('response_deadlines')
    .set((eb) => ({
      due_on: slot('due_on'),
      charged_agency_id: slot('charged_agency_id'),
      ...outcome(eb, eb.ref('answered_on'), eb.val<string>(slot('due_on')), eb.ref('closed_on')),
    }))
    .where('recommendation_id', '=', slot('recommendation_id'))
    .where('answered_on', 'is', null),
);

/** The deadline still open moves to `dueOn`, and is charged to whoever holds the case then. */
export const extendResponseDeadline = async (
  trx: Trx,
  case_: Pick<Copied, 'recommendation_id' | 'original_agency_id'>,
  dueOn: string,
  position: number,
) =>
  extend(trx, {
    recommendation_id: case_.recommendation_id,
    due_on: dueOn,
    charged_agency_id: await holderOn(trx, case_, dueOn, position),
  });

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

const follow = preparedQuery<Pick<Copied, 'recommendation_id' | 'closed_on'>>((db, slot) =>
  db
    .updateTable('response_deadlines')
    .set((eb) => ({
      closed_on: slot('closed_on'),
      ...outcome(
        eb,
        eb.ref('answered_on'),
        eb.ref('due_on'),
        eb.val<string | null>(slot('closed_on')),
      ),
    }))
    .where('recommendation_id', '=', slot('recommendation_id')),
);

/**
 * The case was closed or reopened: a closure settles the deadlines left unanswered, a reopening
 * sets them running again.
 */
export const followClosure = (trx: Trx, case_: Pick<Copied, 'recommendation_id' | 'closed_on'>) =>
  follow(trx, { recommendation_id: case_.recommendation_id, closed_on: case_.closed_on });
