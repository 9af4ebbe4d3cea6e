import { businessDateOf } from '@hdnd/domain';
import type { Clock } from '@hdnd/event-store';
import type { ReadModelDb, ReadModelSource } from '../database/read-model-database';
import { scorecardOf, type Scorecard } from '../agencies/agency-scorecard';
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
    const [recommendations, commitments, obstacles, agencies, overdue] = await Promise.all([
      this.db
        .selectFrom('recommendations')
        .select([
          'id',
          'status',
          'current_agency_id',
          'issued_on',
          'response_due_on',
          'first_responded_on',
          'due_at_first_response',
          'verification_track',
        ])
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
    const byAgency = new Map<string, (typeof recommendations)[number][]>();
    for (const r of recommendations) {
      const rows = byAgency.get(r.current_agency_id);
      if (rows) rows.push(r);
      else byAgency.set(r.current_agency_id, [r]);
    }

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
        .map(([agencyId, rows]) => ({
          agencyId,
          name: names.get(agencyId) ?? agencyId,
          ...scorecardOf(rows, today),
        }))
        .sort((a, b) => a.name.localeCompare(b.name, 'vi')),
    };
  }
}
