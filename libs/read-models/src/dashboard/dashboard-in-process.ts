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
  const passedOn = new Set(handovers.map((h) => `${h.case_kind} ${h.case_id} ${h.from_agency_id}`));
  const passedOnBy = (kind: string, caseId: string, agency: string) =>
    passedOn.has(`${kind} ${caseId} ${agency}`);
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
    if (c.met_on === null) {
      const dates = unmet.get(c.recommendation_id);
      if (dates) dates.push(c.due_on);
      else unmet.set(c.recommendation_id, [c.due_on]);
    }
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
  const overdueOf = new Map<string, number>();
  for (const r of overdue)
    overdueOf.set(r.current_agency_id, (overdueOf.get(r.current_agency_id) ?? 0) + 1);

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
        overdue: overdueOf.get(id) ?? 0,
      }))
      .sort((a, b) => a.name.localeCompare(b.name, 'vi')),
  };
};

/**
 * Each month from the first issue to today's (or a later issue or closure): issued and closed
 * counted by month, open at each month's end as issued by then less closed by then.
 */
const monthsOf = (
  rows: readonly { issued_on: string; closed_on: string | null; verification_track: string }[],
  today: string,
): MonthFigures[] => {
  if (rows.length === 0) return [];
  const issued = new Map<string, number>();
  const closed = new Map<string, number>();
  const add = (months: Map<string, number>, date: string) =>
    months.set(date.slice(0, 7), (months.get(date.slice(0, 7)) ?? 0) + 1);
  for (const r of rows) {
    add(issued, r.issued_on);
    if (r.verification_track !== 'unverified' && r.closed_on !== null) add(closed, r.closed_on);
  }
  const known = [...issued.keys(), ...closed.keys()].sort();
  const last = [today.slice(0, 7), ...known].sort().at(-1)!;
  const months: MonthFigures[] = [];
  let [issuedBy, closedBy] = [0, 0];
  for (let month = known[0]!; month <= last; month = addMonth(month)) {
    issuedBy += issued.get(month) ?? 0;
    closedBy += closed.get(month) ?? 0;
    months.push({
      month,
      issued: issued.get(month) ?? 0,
      closed: closed.get(month) ?? 0,
      openAtEnd: issuedBy - closedBy,
    });
  }
  return months;
};

const addMonth = (month: string) => {
  const date = new Date(`${month}-01T00:00:00Z`);
  date.setUTCMonth(date.getUTCMonth() + 1);
  return date.toISOString().slice(0, 7);
};
