import {
  assertNever,
  daysBetween,
  recommendationStatusOf,
  PROVINCIAL_COUNCIL,
  tracksAfter,
  TRACKS_AT_ISSUE,
  type CommitteeSupervisionStarted,
  type DelegationEstablished,
  type ExplanationSessionHeld,
  type InterpellationHeld,
  type PetitionRoundOpened,
  type RecommendationEvent,
  type Source,
  type SourceKind,
  type RecommendationTracks,
} from '@hdnd/domain';
import type { RecordedEvent } from '@hdnd/event-store';
import type { Transaction } from 'kysely';
import type { ReadModelDb } from '../database/read-model-database';
import type { ReadModelTables, RecommendationTable } from '../database/tables';
import type { Projection } from '../runner/projection';
import { FIRST_DEADLINE } from '../agencies/agency-scorecard';
import { foldForSearch } from '../search/fold';
import { migrateRecommendationTables, dropRecommendationTables } from './recommendations.schema';
import {
  addToCount,
  addToTimeline,
  recommendationExists,
  selectRecommendation,
  updateRecommendation,
  upsertRecommendation,
} from './recommendations.statements';
import { businessDateOfEvent, detailsOfEvent } from './timeline-entry';
import { summarize } from './timeline-summary';
import {
  commitmentDatesOf,
  measuresOf,
  upsertMeasures,
  writeMeasures,
} from './recommendation-measures';
import {
  answerResponseDeadline,
  chargeHandover,
  extendResponseDeadline,
  followClosure,
  holderOn,
  openResponseDeadline,
} from './response-deadlines';

type Trx = Transaction<ReadModelTables>;

/** The tracks as the row holds them: written only from the domain's, so read back as such. */
const tracksOf = (row: RecommendationTable): RecommendationTracks => ({
  response: row.response_track as RecommendationTracks['response'],
  implementation: row.implementation_track as RecommendationTracks['implementation'],
  verification: row.verification_track as RecommendationTracks['verification'],
});

/** The track columns, and the status they give, as the domain states them. */
const trackColumns = (tracks: RecommendationTracks) => ({
  response_track: tracks.response,
  implementation_track: tracks.implementation,
  verification_track: tracks.verification,
  status: recommendationStatusOf(tracks),
});

/** The row's commitment dates with new commitments, none met yet, beside its own. */
const withCommitments = (
  row: RecommendationTable,
  commitments: readonly { readonly dueOn: string }[],
): Pick<RecommendationTable, 'next_commitment_due_on' | 'last_commitment_due_on'> => {
  const dates = commitments.map((c) => c.dueOn);
  const of = (own: string | null, pick: (a: string, b: string) => string) =>
    [...(own === null ? [] : [own]), ...dates].reduce<string | null>(
      (a, b) => (a === null ? b : pick(a, b)),
      null,
    );
  return {
    next_commitment_due_on: of(row.next_commitment_due_on, (a, b) => (b < a ? b : a)),
    last_commitment_due_on: of(row.last_commitment_due_on, (a, b) => (b > a ? b : a)),
  };
};

/** Moves one recommendation in or out of the (agency, delegation, status) counts. */
const count = (
  trx: Trx,
  row: Pick<RecommendationTable, 'current_agency_id' | 'delegation_id' | 'status'>,
  by: 1 | -1,
) =>
  addToCount(trx, {
    agency_id: row.current_agency_id,
    delegation_id: row.delegation_id,
    status: row.status,
    n: by,
  });

/**
 * Brings one recommendation's row up to an event: its tracks moved by the domain's own
 * `tracksAfter` (the projection does not restate the rules), the status they give, and what
 * `change` adds. Without `change`, an event that moves no track leaves the row as it was. The
 * dashboard's measures and the deadlines' copies follow the row. Answers the row as it is now.
 */
const updateRow = async (
  trx: Trx,
  event: RecommendationEvent,
  position: number,
  change?: (row: RecommendationTable) => Partial<RecommendationTable>,
): Promise<RecommendationTable> => {
  const id = event.data.recommendationId;
  const [row] = await selectRecommendation(trx, { id });
  if (!row) throw new Error(`recommendation ${id} is not in this read model`);
  const tracks = tracksAfter(tracksOf(row), event);
  const columns = trackColumns(tracks);
  const moved = (Object.keys(columns) as (keyof typeof columns)[]).some(
    (column) => columns[column] !== row[column],
  );
  if (!change && !moved) return row;
  const next = { ...row, ...change?.(row), ...columns, position };
  await updateRecommendation(trx, next);
  if (next.status !== row.status || next.current_agency_id !== row.current_agency_id) {
    await count(trx, row, -1);
    await count(trx, next, 1);
  }
  const [before, after] = [measuresOf(row), measuresOf(next)];
  await writeMeasures(trx, before, after);
  if (before.closed_on !== after.closed_on) await followClosure(trx, after);
  return next;
};

/** The events that put a source of items on record. */
type SourceEvent =
  | DelegationEstablished
  | InterpellationHeld
  | ExplanationSessionHeld
  | CommitteeSupervisionStarted
  | PetitionRoundOpened;

export const SOURCE_EVENTS: ReadonlySet<string> = new Set<SourceEvent['type']>([
  'DelegationEstablished',
  'InterpellationHeld',
  'ExplanationSessionHeld',
  'CommitteeSupervisionStarted',
  'PetitionRoundOpened',
]);

/** The source an event puts on record, and the title its items are read with. */
const sourceOf = (
  event: SourceEvent,
): Readonly<{ kind: SourceKind; id: string; title: string }> => {
  switch (event.type) {
    case 'DelegationEstablished':
      return { kind: 'delegation', id: event.data.delegationId, title: event.data.title };
    case 'InterpellationHeld':
      return { kind: 'interpellation', id: event.data.interpellationId, title: event.data.title };
    case 'ExplanationSessionHeld':
      // A session has no title of its own: the issue explained names it.
      return {
        kind: 'explanation-session',
        id: event.data.explanationSessionId,
        title: event.data.issue,
      };
    case 'CommitteeSupervisionStarted':
      return {
        kind: 'committee-supervision',
        id: event.data.committeeSupervisionId,
        title: event.data.topic,
      };
    case 'PetitionRoundOpened':
      return { kind: 'voter-petitions', id: event.data.petitionRoundId, title: event.data.title };
    default:
      return assertNever(event);
  }
};

const recordSource = async (trx: Trx, event: SourceEvent): Promise<void> => {
  const { supervisor } = event.data;
  const { kind, id, title } = sourceOf(event);
  const columns = {
    title,
    supervising_body: supervisor.body,
    council_level: supervisor.level,
    supervisor_name: supervisor.name ?? null,
  };
  await trx
    .insertInto('follow_up_sources')
    .values({ kind, id, ...columns })
    .onConflict((oc) => oc.columns(['kind', 'id']).doUpdateSet(columns))
    .execute();
};

/**
 * The supervisor an item is followed up in the name of: its source's. A source the log never
 * recorded (only a bare test history) reads as the provincial council's, as delegations did
 * before supervisors were named.
 */
const supervisorOf = async (
  trx: Trx,
  { kind, id }: Source,
): Promise<Pick<RecommendationTable, 'supervising_body' | 'council_level' | 'supervisor_name'>> => {
  const found = await trx
    .selectFrom('follow_up_sources')
    .select(['supervising_body', 'council_level', 'supervisor_name'])
    .where('kind', '=', kind)
    .where('id', '=', id)
    .executeTakeFirst();
  return (
    found ?? {
      supervising_body: PROVINCIAL_COUNCIL.body,
      council_level: PROVINCIAL_COUNCIL.level,
      supervisor_name: null,
    }
  );
};

/** The recommendation tracker: each recommendation on its three tracks, with responses, progress and timeline. */
export const recommendationsProjection: Projection = {
  name: 'recommendations',
  // 2: first response date and the due date then, for on-time rates. 3: counts by agency, delegation and status. 4: list indexes.
  // 5: the timeline's business dates and details; commitments met; no completion percent after a reopening.
  // 6: every response deadline (response_deadlines) for the scorecard, instead of the due date at the first response.
  // 7: the dashboard's measures (recommendation_measures), deadlines charged and filterable, commitment dates.
  // 8: every item's source (a delegation, an interpellation session…) and its supervisor.
  // 9: the chain: the sessions a case was escalated to, and the item an item carries on from.
  // 10: explanation sessions among the sources. 11: committee supervisions too.
  // 12: rounds of voters' petitions as sources.
  version: 12,
  handles: new Set<SourceEvent['type'] | RecommendationEvent['type']>([
    // The sources, for the title and supervisor their items are read with.
    'DelegationEstablished',
    'InterpellationHeld',
    'ExplanationSessionHeld',
    'CommitteeSupervisionStarted',
    'PetitionRoundOpened',
    'RecommendationIssued',
    'ResponseRecorded',
    'ResponseAssessed',
    'ProgressReported',
    'CompletionReported',
    'RecommendationClosed',
    'RecommendationReopened',
    'DeadlineExtended',
    'RecommendationEscalated',
    'RecommendationTransferred',
    // Follow-up only adds to the timeline (new event types: no earlier event changes meaning).
    'ReminderIssued',
    'DeadlineMissed',
  ]),
  migrate: (db: ReadModelDb) => migrateRecommendationTables(db),
  drop: (db: ReadModelDb) => dropRecommendationTables(db),

  async apply(trx: Trx, recorded: RecordedEvent) {
    if (SOURCE_EVENTS.has(recorded.type))
      return recordSource(trx, { type: recorded.type, data: recorded.data } as SourceEvent);
    const event = { type: recorded.type, data: recorded.data } as RecommendationEvent;
    const position = Number(recorded.position);
    const id = event.data.recommendationId;
    switch (event.type) {
      case 'RecommendationIssued': {
        const d = event.data;
        const row = {
          delegation_id: d.source.kind === 'delegation' ? d.source.id : '',
          source_kind: d.source.kind,
          source_id: d.source.id,
          source_part_id: d.source.partId ?? null,
          ...(await supervisorOf(trx, d.source)),
          follows_up: d.followsUp ?? null,
          text: d.text,
          finding_ids: JSON.stringify(d.findingIds),
          original_agency_id: d.addresseeAgencyId,
          current_agency_id: d.addresseeAgencyId,
          issued_on: d.issuedOn,
          response_due_on: d.responseDueOn,
          original_response_due_on: d.responseDueOn,
          ...trackColumns(tracksAfter(TRACKS_AT_ISSUE, event)),
          percent: null,
          escalation_step: null,
          closed_on: null,
          first_responded_on: null,
          next_commitment_due_on: null,
          last_commitment_due_on: null,
          search_text: foldForSearch(d.text),
          position,
        };
        // Issued once; applied again (a replay) it must not count twice.
        const [existing] = await recommendationExists(trx, { id });
        await upsertRecommendation(trx, { id, ...row });
        if (!existing) await count(trx, row, 1);
        const measures = measuresOf({ id, ...row });
        await upsertMeasures(trx, measures);
        // Nothing was handed over before the issue: the addressee is charged.
        await openResponseDeadline(
          trx,
          measures,
          FIRST_DEADLINE,
          d.responseDueOn,
          d.addresseeAgencyId,
        );
        break;
      }
      case 'ResponseRecorded': {
        const d = event.data;
        const response = {
          recommendation_id: id,
          agency_id: d.agencyId,
          responded_on: d.respondedOn,
          position: d.position,
          text: d.text,
          verdict: null,
          assessed_on: null,
          assessment_note: null,
        };
        await trx
          .insertInto('recommendation_responses')
          .values({ id: d.responseId, ...response })
          .onConflict((oc) => oc.column('id').doUpdateSet(response))
          .execute();
        for (const c of d.commitments) {
          const commitment = {
            recommendation_id: id,
            response_id: d.responseId,
            text: c.text,
            due_on: c.dueOn,
            original_due_on: c.dueOn,
          };
          // Applied again (a replay), it must not forget that a completion report met it.
          await trx
            .insertInto('commitments')
            .values({ id: c.commitmentId, ...commitment, met_on: null })
            .onConflict((oc) => oc.column('id').doUpdateSet(commitment))
            .execute();
        }
        const row = await updateRow(trx, event, position, (row) => ({
          ...withCommitments(row, d.commitments),
          first_responded_on: row.first_responded_on ?? d.respondedOn,
        }));
        await answerResponseDeadline(
          trx,
          id,
          d.respondedOn,
          daysBetween(row.issued_on, d.respondedOn),
        );
        break;
      }
      case 'ResponseAssessed': {
        const d = event.data;
        await trx
          .updateTable('recommendation_responses')
          .set({ verdict: d.verdict, assessed_on: d.assessedOn, assessment_note: d.note })
          .where('id', '=', d.responseId)
          .execute();
        if (d.verdict === 'unsatisfactory') {
          const row = await updateRow(trx, event, position, (row) => ({
            response_due_on: d.newResponseDueOn ?? row.response_due_on,
          }));
          const measures = measuresOf(row);
          await openResponseDeadline(
            trx,
            measures,
            d.responseId,
            row.response_due_on,
            await holderOn(trx, measures, row.response_due_on, position),
          );
        } else await updateRow(trx, event, position);
        break;
      }
      case 'ProgressReported':
      case 'CompletionReported': {
        const d = event.data;
        const completion = event.type === 'CompletionReported';
        const report = {
          recommendation_id: id,
          kind: completion ? ('completion' as const) : ('progress' as const),
          reported_on: d.reportedOn,
          text: d.text,
          percent: completion ? 100 : ((event.data as { percent?: number }).percent ?? null),
          evidence: JSON.stringify(completion ? event.data.evidence : []),
        };
        await trx
          .insertInto('progress_reports')
          .values({ log_position: position, ...report })
          .onConflict((oc) => oc.column('log_position').doNothing())
          .execute();
        // As in the domain: the work reported done meets every commitment still open that day.
        if (completion)
          await trx
            .updateTable('commitments')
            .set({ met_on: d.reportedOn })
            .where('recommendation_id', '=', id)
            .where('met_on', 'is', null)
            .execute();
        await updateRow(trx, event, position, (row) => ({
          // Every commitment is met by the work reported done.
          ...(completion && { next_commitment_due_on: null }),
          percent: report.percent ?? row.percent,
        }));
        break;
      }
      case 'RecommendationClosed':
        await updateRow(trx, event, position, () => ({ closed_on: event.data.closedOn }));
        break;
      case 'RecommendationReopened':
        // Work reported done goes back in progress (the domain's tracksAfter says so), and its
        // 100 % goes with it: that figure was the completion report's, which the reopening set
        // aside. No percent stands until the agency reports progress again (the reports
        // themselves stay in the history).
        await updateRow(trx, event, position, (row) =>
          row.implementation_track === 'reported-done'
            ? { closed_on: null, percent: null }
            : { closed_on: null },
        );
        break;
      case 'DeadlineExtended': {
        const { deadline, newDueOn } = event.data;
        if (deadline === 'response') {
          const row = await updateRow(trx, event, position, () => ({ response_due_on: newDueOn }));
          await extendResponseDeadline(trx, measuresOf(row), newDueOn, position);
        } else {
          await trx
            .updateTable('commitments')
            .set({ due_on: newDueOn })
            .where('id', '=', deadline.commitmentId)
            .execute();
          const dates = await commitmentDatesOf(trx, id);
          await updateRow(trx, event, position, () => dates);
        }
        break;
      }
      case 'RecommendationEscalated': {
        await updateRow(trx, event, position, () => ({ escalation_step: event.data.step }));
        const { session, escalatedOn } = event.data;
        if (session)
          await trx
            .insertInto('escalation_sessions')
            .values({
              log_position: position,
              recommendation_id: id,
              kind: session.kind,
              id: session.id,
              escalated_on: escalatedOn,
            })
            .onConflict((oc) => oc.column('log_position').doNothing())
            .execute();
        break;
      }
      case 'RecommendationTransferred': {
        const { toAgencyId, effectiveOn } = event.data;
        await updateRow(trx, event, position, () => ({ current_agency_id: toAgencyId }));
        await chargeHandover(trx, id, toAgencyId, effectiveOn);
        break;
      }
      case 'ReminderIssued':
      case 'DeadlineMissed':
        // Follow-up moves no track today; if the domain ever makes it, the row follows.
        await updateRow(trx, event, position);
        break;
      default:
        return assertNever(event);
    }
    const { actor, recordedAt } = recorded.metadata;
    await addToTimeline(trx, {
      log_position: position,
      recommendation_id: id,
      at: recordedAt,
      type: event.type,
      business_date: businessDateOfEvent(event),
      actor: JSON.stringify(actor),
      details: JSON.stringify(detailsOfEvent(event)),
      summary: summarize(event),
    });
  },
};
