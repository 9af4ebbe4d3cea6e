import type { ReadModelDb } from '../database/read-model-database';
import type { AgencyRef } from '../history/history-entry';
import { agencyNamesOf } from '../agencies/agency-names';
import type { PetitionRoundSummary } from './petition-rounds.queries';

/** How one agency answered a round's petitions, counted on its first answer deadline. */
export interface PetitionAgencyLine {
  readonly agency: AgencyRef;
  readonly received: number;
  /** Answered on or before the deadline (after an extension, the extended one). */
  readonly answeredOnTime: number;
  readonly answeredLate: number;
  /** Not answered yet: past the deadline (`overdue`) or still within it (`notYetDue`). */
  readonly unanswered: number;
  readonly overdue: number;
  readonly notYetDue: number;
}

/** The table the Standing Committee publishes for a session: the petitions' answers by agency. */
export interface PetitionRoundReport {
  readonly round: PetitionRoundSummary;
  /** The day `overdue` is counted on (Asia/Ho_Chi_Minh). */
  readonly asOf: string;
  readonly agencies: readonly PetitionAgencyLine[];
  readonly total: Omit<PetitionAgencyLine, 'agency'>;
}

const zero = () => ({
  received: 0,
  answeredOnTime: 0,
  answeredLate: 0,
  unanswered: 0,
  overdue: 0,
  notYetDue: 0,
});

/**
 * Counted from the register's own deadlines (response_deadlines, the scorecard's): each item's
 * first response deadline, charged to the agency that held the item on its due date, answered on
 * time, late, or not yet. A later answer, after one judged unsatisfactory, is the assessment's
 * business and does not move the table.
 */
export const petitionRoundReport = async (
  db: ReadModelDb,
  round: PetitionRoundSummary,
  today: string,
): Promise<PetitionRoundReport> => {
  const rows = await db
    .selectFrom('response_deadlines as d')
    .innerJoin('recommendations as r', 'r.id', 'd.recommendation_id')
    .select(['d.charged_agency_id', 'd.due_on', 'd.answered_on', 'd.on_time'])
    .where('r.source_kind', '=', 'voter-petitions')
    .where('r.source_id', '=', round.id)
    .where('d.opened_by', '=', 'issue')
    .execute();
  const byAgency = new Map<string, ReturnType<typeof zero>>();
  const total = zero();
  for (const row of rows) {
    const line = byAgency.get(row.charged_agency_id) ?? zero();
    byAgency.set(row.charged_agency_id, line);
    for (const counts of [line, total]) {
      counts.received += 1;
      if (row.answered_on !== null) {
        if (row.on_time === 1) counts.answeredOnTime += 1;
        else counts.answeredLate += 1;
      } else {
        counts.unanswered += 1;
        if (row.due_on < today) counts.overdue += 1;
        else counts.notYetDue += 1;
      }
    }
  }
  const agency = await agencyNamesOf(db, byAgency.keys());
  const agencies = [...byAgency.entries()]
    .map(([id, counts]) => ({ agency: agency(id), ...counts }))
    .sort((a, b) =>
      (a.agency.name ?? a.agency.id).localeCompare(b.agency.name ?? b.agency.id, 'vi'),
    );
  return { round, asOf: today, agencies, total };
};
