import type { ReadModelDb } from '../database/read-model-database';
import {
  SCORECARD_COLUMNS,
  SCORECARD_DEADLINE_COLUMNS,
  scorecardsOf,
} from '../agencies/agency-scorecard';
import { RECOMMENDATION_STATUSES } from '../recommendations/recommendation-status';
import { pendingDeadlinesOf } from '../recommendations/pending-deadlines';
import type { Dashboard, DashboardFilter, MonthFigures } from './dashboard.queries';

/**
 * The dashboard as it was computed until the SQL one: every recommendation, deadline, handover
 * and commitment loaded into the process and tallied in JavaScript, the cards by `scorecardsOf`.
 * The service does not use it. It is the reference the SQL figures are checked against
 * (dashboard-agrees.int.spec.ts) and the baseline `npm run bench:dashboard` measures them
 * against; it reads the tracker's own rows, not the dashboard's measures.
 */
export const dashboardInProcess = async (
  db: ReadModelDb,
  today: string,
  filter: DashboardFilter = {},
): Promise<Dashboard> => {
  const [rows, deadlines, handovers, commitments, obstacles, agencies] = await Promise.all([
    db
      .selectFrom('recommendations')
      .select([
        ...SCORECARD_COLUMNS,
        'status',
        'delegation_id',
        'response_track',
        'implementation_track',
      ])
      .execute(),
    db.selectFrom('response_deadlines').select(SCORECARD_DEADLINE_COLUMNS).execute(),
    db
      .selectFrom('case_handovers')
      .select([
        'case_kind',
        'case_id',
        'from_agency_id',
        'to_agency_id',
        'effective_on',
        'position',
      ])
      .execute(),
    db.selectFrom('commitments').select(['recommendation_id', 'due_on', 'met_on']).execute(),
    db
      .selectFrom('obstacles')
      .select([
        'id',
        'status',
        'delegation_id',
        'recorded_on',
        'source_agency_id',
        'responsible_agency_id',
      ])
      .execute(),
    db.selectFrom('agencies').select(['id', 'name']).execute(),
  ]);
  const { delegationId, agencyId, from, to } = filter;
  const passedOnBy = (kind: string, caseId: string, agency: string) =>
    handovers.some(
      (h) => h.case_kind === kind && h.case_id === caseId && h.from_agency_id === agency,
    );
  const selected = rows.filter(
    (r) =>
      (delegationId === undefined || r.delegation_id === delegationId) &&
      (from === undefined || r.issued_on >= from) &&
      (to === undefined || r.issued_on <= to) &&
      (agencyId === undefined ||
        r.original_agency_id === agencyId ||
        r.current_agency_id === agencyId ||
        passedOnBy('recommendation', r.id, agencyId)),
  );
  const ids = new Set(selected.map((r) => r.id));

  const byStatus: Record<string, number> = Object.fromEntries(
    RECOMMENDATION_STATUSES.map((status) => [status, 0]),
  );
  for (const r of selected) byStatus[r.status] = (byStatus[r.status] ?? 0) + 1;

  const lastCommitment = new Map<string, string>();
  const unmet = new Map<string, string[]>();
  for (const c of commitments) {
    if ((lastCommitment.get(c.recommendation_id) ?? '') < c.due_on)
      lastCommitment.set(c.recommendation_id, c.due_on);
    if (c.met_on === null)
      unmet.set(c.recommendation_id, [...(unmet.get(c.recommendation_id) ?? []), c.due_on]);
  }
  const due = selected.filter((r) => (lastCommitment.get(r.id) ?? r.response_due_on) < today);
  const implemented = due.filter((r) => r.verification_track === 'implemented').length;
  // Overdue as the tracker shows it: a deadline still to meet is past.
  const overdue = selected.filter((r) =>
    pendingDeadlinesOf(r, unmet.get(r.id) ?? []).some((dueOn) => dueOn < today),
  );

  const cards = scorecardsOf(
    selected,
    deadlines.filter((d) => ids.has(d.recommendation_id)),
    handovers.filter((h) => h.case_kind === 'recommendation' && ids.has(h.case_id)),
    today,
  );
  const names = new Map(agencies.map((a) => [a.id, a.name]));

  const shownObstacles = obstacles.filter(
    (o) =>
      (delegationId === undefined || o.delegation_id === delegationId) &&
      (from === undefined || o.recorded_on >= from) &&
      (to === undefined || o.recorded_on <= to) &&
      (agencyId === undefined ||
        o.source_agency_id === agencyId ||
        o.responsible_agency_id === agencyId ||
        passedOnBy('obstacle', o.id, agencyId)),
  );
  return {
    asOf: today,
    recommendations: {
      total: selected.length,
      byStatus,
      overdue: overdue.length,
      implementedShareOfDue:
        due.length === 0 ? null : Math.round((implemented / due.length) * 1000) / 1000,
      byMonth: monthsOf(selected, today),
    },
    obstacles: {
      open: shownObstacles.filter((o) => o.status !== 'resolved' && o.status !== 'merged').length,
      resolved: shownObstacles.filter((o) => o.status === 'resolved').length,
      merged: shownObstacles.filter((o) => o.status === 'merged').length,
    },
    agencies: [...cards.entries()]
      .map(([id, card]) => ({
        agencyId: id,
        name: names.get(id) ?? id,
        ...card,
        overdue: overdue.filter((r) => r.current_agency_id === id).length,
      }))
      .sort((a, b) => a.name.localeCompare(b.name, 'vi')),
  };
};

/** Each month from the first issue to today's (or a later issue or closure), counted row by row. */
const monthsOf = (
  rows: readonly { issued_on: string; closed_on: string | null; verification_track: string }[],
  today: string,
): MonthFigures[] => {
  if (rows.length === 0) return [];
  const closedOn = (r: (typeof rows)[number]) =>
    r.verification_track === 'unverified' ? null : r.closed_on;
  const dates = rows.flatMap((r) => [r.issued_on, closedOn(r) ?? r.issued_on]);
  let month = dates.reduce((a, b) => (b < a ? b : a)).slice(0, 7);
  const last = [today, ...dates].reduce((a, b) => (b > a ? b : a)).slice(0, 7);
  const months: MonthFigures[] = [];
  for (; month <= last; month = addMonth(month))
    months.push({
      month,
      issued: rows.filter((r) => r.issued_on.slice(0, 7) === month).length,
      closed: rows.filter((r) => closedOn(r)?.slice(0, 7) === month).length,
      openAtEnd: rows.filter(
        (r) => r.issued_on.slice(0, 7) <= month && !((closedOn(r)?.slice(0, 7) ?? '9999') <= month),
      ).length,
    });
  return months;
};

const addMonth = (month: string) => {
  const date = new Date(`${month}-01T00:00:00Z`);
  date.setUTCMonth(date.getUTCMonth() + 1);
  return date.toISOString().slice(0, 7);
};
