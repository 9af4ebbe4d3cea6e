import { businessDateOf } from '@hdnd/domain';
import type { Clock } from '@hdnd/event-store';
import type { ReadModelDb, ReadModelSource } from '../database/read-model-database';
import {
  cardOf,
  emptyTally,
  type Scorecard,
  type ScorecardTally,
} from '../agencies/agency-scorecard';
import { obstacleOfAgency } from '../obstacles/obstacles.queries';
import { RECOMMENDATION_STATUSES } from '../recommendations/recommendation-status';
import type { SelectQueryBuilder } from 'kysely';
import type { ReadModelTables } from '../database/tables';
import {
  deadlineColumns,
  isFiltered,
  measureColumns,
  passedAnyOn,
  selectedBy,
  type DashboardFilter,
} from './dashboard-filter';
import { monthlySeries, type MonthFigures } from './dashboard-series';

export type { DashboardFilter } from './dashboard-filter';
export type { MonthFigures } from './dashboard-series';

/** An agency's card on the dashboard: its scorecard, and what it answers for that is overdue now. */
export interface DashboardAgency extends Scorecard {
  readonly agencyId: string;
  readonly name: string;
  /** Recommendations it answers for now with a response or commitment past due today. */
  readonly overdue: number;
}

export interface Dashboard {
  readonly asOf: string;
  readonly recommendations: {
    readonly total: number;
    /** Every status the tracker shows, 0 when none has it. */
    readonly byStatus: Readonly<Record<string, number>>;
    readonly overdue: number;
    /** Of recommendations already due (latest commitment, or the response, past due), the share verified implemented. */
    readonly implementedShareOfDue: number | null;
    /** Issued, closed and open at each month's end, from the first month issued to today's. */
    readonly byMonth: readonly MonthFigures[];
  };
  readonly obstacles: { readonly open: number; readonly resolved: number; readonly merged: number };
  readonly agencies: readonly DashboardAgency[];
}

/** SQL gives sums as numbers or, over no rows, null; better-sqlite3 may give bigints elsewhere. */
const n = (value: number | bigint | string | null | undefined): number => Number(value ?? 0);

/**
 * What the council reports on follow-up, on `today` in Vietnam, over the recommendations the
 * filter selects. Every figure is a SQL aggregate (COUNT, SUM of CASE, GROUP BY) over the narrow
 * rows the projections keep for it — `recommendation_measures`, `response_deadlines` and
 * `case_handovers` — each query walking one index, mostly in the order it groups by
 * (recommendations.schema.ts): no recommendation is loaded into the process.
 */
const NO_OBSTACLES: Dashboard['obstacles'] = { open: 0, resolved: 0, merged: 0 };

export class DashboardQueries {
  constructor(
    private readonly source: ReadModelSource,
    private readonly clock: Clock,
  ) {}

  private get db(): ReadModelDb {
    return this.source.db;
  }

  async get(filter: DashboardFilter = {}): Promise<Dashboard> {
    const db = this.db;
    const today = businessDateOf(this.clock.now());
    const passedOn = filter.agencyId !== undefined && (await passedAnyOn(db, filter.agencyId));
    const selected = selectedBy(db, filter, passedOn);
    const measures = db
      .selectFrom('recommendation_measures')
      .where((eb) => selected(eb, measureColumns(eb)));
    const [statuses, received, held, handovers, deadlines, issued, closed, obstacles] =
      await Promise.all([
        // Implemented is a status (a closure's outcome): its row's `due` are those implemented.
        measures
          .select((eb) => [
            'status',
            eb.fn.countAll<number>().as('n'),
            eb.fn
              .sum<number>(eb.case().when('last_due_on', '<', today).then(1).else(0).end())
              .as('due'),
          ])
          .groupBy('status')
          .execute(),
        measures
          .select((eb) => ['original_agency_id', eb.fn.countAll<number>().as('n')])
          .groupBy('original_agency_id')
          .execute(),
        // Open counted, not filtered: a WHERE on closed_on would lead SQLite to the closure
        // index and a sort of every open case.
        measures
          .select((eb) => [
            'current_agency_id',
            eb.fn
              .sum<number>(eb.case().when('closed_on', 'is', null).then(1).else(0).end())
              .as('open'),
            eb.fn
              .sum<number>(eb.case().when('next_due_on', '<', today).then(1).else(0).end())
              .as('overdue'),
          ])
          .groupBy('current_agency_id')
          .execute(),
        this.handoversCounted(filter, measures),
        this.deadlinesCharged(filter, passedOn, today),
        measures
          .select((eb) => ['issued_on as day', eb.fn.countAll<number>().as('n')])
          .groupBy('issued_on')
          .execute(),
        measures
          .select((eb) => ['closed_on as day', eb.fn.countAll<number>().as('n')])
          .where('closed_on', 'is not', null)
          .groupBy('closed_on')
          .execute(),
        this.obstacleCounts(filter),
      ]);

    const tallies = new Map<string, ScorecardTally & { overdue: number }>();
    const tally = (agencyId: string) => {
      let t = tallies.get(agencyId);
      if (!t) tallies.set(agencyId, (t = { ...emptyTally(), overdue: 0 }));
      return t;
    };
    for (const r of received) tally(r.original_agency_id).received += n(r.n);
    for (const h of held) {
      tally(h.current_agency_id).open += n(h.open);
      tally(h.current_agency_id).overdue += n(h.overdue);
    }
    for (const h of handovers) {
      tally(h.from_agency_id).passedOn += n(h.n);
      tally(h.to_agency_id).passedIn += n(h.n);
    }
    for (const d of deadlines) {
      const t = tally(d.charged_agency_id);
      t.onTime += n(d.on_time);
      t.late += n(d.late) + n(d.running_late);
      t.daysToRespond += n(d.days);
      t.responses += n(d.responses);
    }
    const names = await this.namesOf([...tallies.keys()]);

    const byStatus: Record<string, number> = Object.fromEntries(
      RECOMMENDATION_STATUSES.map((status) => [status, 0]),
    );
    for (const s of statuses) byStatus[s.status] = n(s.n);
    const due = statuses.reduce((total, s) => total + n(s.due), 0);
    const implemented = n(statuses.find((s) => s.status === 'implemented')?.due);
    return {
      asOf: today,
      recommendations: {
        total: statuses.reduce((total, s) => total + n(s.n), 0),
        byStatus,
        // Overdue only while open: each is on its current addressee's card.
        overdue: held.reduce((total, h) => total + n(h.overdue), 0),
        implementedShareOfDue: due === 0 ? null : Math.round((implemented / due) * 1000) / 1000,
        byMonth: monthlySeries(
          issued.map((d) => ({ day: d.day, n: n(d.n) })),
          closed.flatMap((d) => (d.day === null ? [] : [{ day: d.day, n: n(d.n) }])),
          today,
        ),
      },
      obstacles,
      agencies: [...tallies.entries()]
        .map(([agencyId, { overdue, ...t }]) => ({
          agencyId,
          name: names.get(agencyId) ?? agencyId,
          ...cardOf(t),
          overdue,
        }))
        .sort((a, b) => a.name.localeCompare(b.name, 'vi')),
    };
  }

  /**
   * Each response deadline charged to the agency that held the case on its due date: on time if
   * answered by then; late if answered after, or unanswered once its day has passed (before the
   * day the case was closed, settled by the projection; or, on an open case, before today); and
   * the days to the first response, on the first deadline. As `scorecardsOf` counts them.
   */
  private deadlinesCharged(filter: DashboardFilter, passedOn: boolean, today: string) {
    const selected = selectedBy(this.db, filter, passedOn);
    return this.db
      .selectFrom('response_deadlines')
      .where((eb) => selected(eb, deadlineColumns(eb)))
      .select((eb) => [
        'charged_agency_id',
        eb.fn.sum<number>('on_time').as('on_time'),
        eb.fn.sum<number>('late').as('late'),
        eb.fn
          .sum<number>(eb.case().when('running_due_on', '<', today).then(1).else(0).end())
          .as('running_late'),
        eb.fn.sum<number>('days_to_respond').as('days'),
        eb.fn.count<number>('days_to_respond').as('responses'),
      ])
      .groupBy('charged_agency_id')
      .execute();
  }

  /**
   * Handovers by pair of agencies (passed on by the one, in to the other). Unfiltered, every
   * recommendation handover counts; filtered, those of the recommendations selected.
   */
  private handoversCounted(
    filter: DashboardFilter,
    measures: SelectQueryBuilder<ReadModelTables, 'recommendation_measures', object>,
  ) {
    let handovers = this.db.selectFrom('case_handovers').where('case_kind', '=', 'recommendation');
    if (isFiltered(filter))
      handovers = handovers.where('case_id', 'in', measures.select('recommendation_id'));
    return handovers
      .select((eb) => ['from_agency_id', 'to_agency_id', eb.fn.countAll<number>().as('n')])
      .groupBy(['from_agency_id', 'to_agency_id'])
      .execute();
  }

  /** Obstacles by where they stand; the filter reads their delegation, agency and recording date. */
  private async obstacleCounts(filter: DashboardFilter): Promise<Dashboard['obstacles']> {
    let obstacles = this.db.selectFrom('obstacles');
    if (filter.delegationId !== undefined)
      obstacles = obstacles.where('delegation_id', '=', filter.delegationId);
    if (filter.from !== undefined) obstacles = obstacles.where('recorded_on', '>=', filter.from);
    if (filter.to !== undefined) obstacles = obstacles.where('recorded_on', '<=', filter.to);
    if (filter.agencyId !== undefined)
      obstacles = obstacles.where(obstacleOfAgency(filter.agencyId));
    // Obstacles come from delegations' findings: they are counted under their delegation's
    // supervisor, and not at all when another kind of source is asked for.
    if (filter.sourceKind !== undefined && filter.sourceKind !== 'delegation') return NO_OBSTACLES;
    if (filter.supervisingBody !== undefined || filter.level !== undefined) {
      let delegations = this.db
        .selectFrom('follow_up_sources')
        .select('id')
        .where('kind', '=', 'delegation');
      if (filter.supervisingBody)
        delegations = delegations.where('supervising_body', '=', filter.supervisingBody);
      if (filter.level) delegations = delegations.where('council_level', '=', filter.level);
      obstacles = obstacles.where('delegation_id', 'in', delegations);
    }
    const counts = await obstacles
      .select((eb) => ['status', eb.fn.countAll<number>().as('n')])
      .groupBy('status')
      .execute();
    const of = (status: string) => n(counts.find((c) => c.status === status)?.n);
    const all = counts.reduce((total, c) => total + n(c.n), 0);
    return {
      open: all - of('resolved') - of('merged'),
      resolved: of('resolved'),
      merged: of('merged'),
    };
  }

  private async namesOf(agencyIds: readonly string[]): Promise<Map<string, string>> {
    if (agencyIds.length === 0) return new Map();
    const rows = await this.db
      .selectFrom('agencies')
      .select(['id', 'name'])
      .where('id', 'in', agencyIds)
      .execute();
    return new Map(rows.map((a) => [a.id, a.name]));
  }
}
