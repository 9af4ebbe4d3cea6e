import { businessDateOf } from '@hdnd/domain';
import type { Clock } from '@hdnd/event-store';
import type { ReadModelDb, ReadModelSource } from '../database/read-model-database';
import {
  SCORECARD_COLUMNS,
  SCORECARD_DEADLINE_COLUMNS,
  scorecardsOf,
  type Scorecard,
} from '../agencies/agency-scorecard';
import { RecommendationQueries } from '../recommendations/recommendations.queries';

export interface Dashboard {
  readonly asOf: string;
  readonly recommendations: {
    readonly total: number;
    readonly byStatus: Readonly<Record<string, number>>;
    readonly overdue: number;
    /** Of recommendations already due (latest commitment, or the response, past due), the share verified implemented. */
    readonly implementedShareOfDue: number | null;
  };
  readonly obstacles: { readonly open: number; readonly resolved: number; readonly merged: number };
  readonly agencies: readonly ({ readonly agencyId: string; readonly name: string } & Scorecard)[];
}

/** What the council reports on follow-up, computed from the read models on `today` in Vietnam. */
export class DashboardQueries {
  constructor(
    private readonly source: ReadModelSource,
    private readonly clock: Clock,
  ) {}

  private get db(): ReadModelDb {
    return this.source.db;
  }

  async get(): Promise<Dashboard> {
    const today = businessDateOf(this.clock.now());
    const [recommendations, deadlines, handovers, commitments, obstacles, agencies, overdue] =
      await Promise.all([
        this.db
          .selectFrom('recommendations')
          .select([...SCORECARD_COLUMNS, 'status'])
          .execute(),
        this.db.selectFrom('response_deadlines').select(SCORECARD_DEADLINE_COLUMNS).execute(),
        this.db
          .selectFrom('case_handovers')
          .select(['case_id', 'from_agency_id', 'to_agency_id', 'effective_on', 'position'])
          .where('case_kind', '=', 'recommendation')
          .execute(),
        this.db.selectFrom('commitments').select(['recommendation_id', 'due_on']).execute(),
        this.db.selectFrom('obstacles').select(['status']).execute(),
        this.db.selectFrom('agencies').select(['id', 'name']).execute(),
        new RecommendationQueries(this.source, this.clock).list({ overdue: true, pageSize: 1 }),
      ]);
    const byStatus: Record<string, number> = {};
    for (const r of recommendations) byStatus[r.status] = (byStatus[r.status] ?? 0) + 1;

    const lastCommitment = new Map<string, string>();
    for (const c of commitments)
      if ((lastCommitment.get(c.recommendation_id) ?? '') < c.due_on)
        lastCommitment.set(c.recommendation_id, c.due_on);
    const due = recommendations.filter(
      (r) => (lastCommitment.get(r.id) ?? r.response_due_on) < today,
    );
    const implemented = due.filter((r) => r.verification_track === 'implemented').length;

    const names = new Map(agencies.map((a) => [a.id, a.name]));
    // Pushed, not copied: re-spreading each agency's list for every row was quadratic in its size.
    // Each agency ever addressed, with what it received, passed on and missed while it held it.
    const byAgency = scorecardsOf(recommendations, deadlines, handovers, today);

    return {
      asOf: today,
      recommendations: {
        total: recommendations.length,
        byStatus,
        overdue: overdue.total,
        implementedShareOfDue:
          due.length === 0 ? null : Math.round((implemented / due.length) * 1000) / 1000,
      },
      obstacles: {
        open: obstacles.filter((o) => o.status !== 'resolved' && o.status !== 'merged').length,
        resolved: obstacles.filter((o) => o.status === 'resolved').length,
        merged: obstacles.filter((o) => o.status === 'merged').length,
      },
      agencies: [...byAgency.entries()]
        .map(([agencyId, scorecard]) => ({
          agencyId,
          name: names.get(agencyId) ?? agencyId,
          ...scorecard,
        }))
        .sort((a, b) => a.name.localeCompare(b.name, 'vi')),
    };
  }
}
