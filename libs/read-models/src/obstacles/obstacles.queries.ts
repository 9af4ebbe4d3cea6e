import type { Evidence } from '@hdnd/domain';
import type { ReadModelDb, ReadModelSource } from '../database/read-model-database';
import type { ExpressionBuilder } from 'kysely';
import type { ObstacleTable, ReadModelTables } from '../database/tables';
import { page, type Page, type PageRequest } from '../runner/paging';
import { matchesSearch } from '../search/matches-search';
import { agencyNamesOf } from '../agencies/agency-names';
import { displayNamesOf } from '../people/people.queries';
import {
  actorIdsIn,
  agencyIdsIn,
  historyEntry,
  type AgencyRef,
  type HistoryEntry,
} from '../history/history-entry';

export interface ObstacleView {
  readonly id: string;
  readonly delegationId: string;
  readonly findingId: string;
  readonly surveyId: string | null;
  readonly sourceAgencyId: string;
  readonly sourceAgency: AgencyRef;
  readonly statement: string;
  readonly recordedOn: string;
  readonly status: string;
  readonly responsibleAgencyId: string | null;
  readonly responsibleAgency: AgencyRef | null;
  readonly competence: string | null;
  /** The last referral to a competent body, with the reason the secretariat gave. */
  readonly referral: {
    readonly toAgency: AgencyRef;
    readonly competence: string | null;
    readonly referredOn: string;
    readonly reason: string;
  } | null;
  readonly mergedInto: string | null;
  /**
   * Who answers for it: `current` now (the agency it is assigned to, else the one it arose at),
   * `original` before any succession passed it on — the same agency when none did.
   */
  readonly answeringAgency: { readonly original: string; readonly current: string };
  /** Obstacles reported by other units and merged into this one. */
  readonly mergedFrom: readonly string[];
  readonly resolution: {
    readonly resolvedOn: string;
    readonly text: string;
    readonly evidence: readonly Evidence[];
  } | null;
}

type ObstacleRow = ObstacleTable & { first_answering_agency_id: string | null };

/** The detail adds the obstacle's history: each event as data, agencies by name. */
export interface ObstacleDetail extends ObstacleView {
  readonly history: readonly HistoryEntry[];
}

const view = (
  row: ObstacleRow,
  mergedFrom: readonly string[],
  agency: (id: string) => AgencyRef,
): ObstacleView => ({
  id: row.id,
  delegationId: row.delegation_id,
  findingId: row.finding_id,
  surveyId: row.survey_id,
  sourceAgencyId: row.source_agency_id,
  sourceAgency: agency(row.source_agency_id),
  statement: row.statement,
  recordedOn: row.recorded_on,
  status: row.status,
  responsibleAgencyId: row.responsible_agency_id,
  responsibleAgency: row.responsible_agency_id ? agency(row.responsible_agency_id) : null,
  competence: row.competence,
  referral:
    row.referred_to !== null
      ? {
          toAgency: agency(row.referred_to),
          competence: row.referral_competence,
          referredOn: row.referred_on ?? '',
          reason: row.referral_reason ?? '',
        }
      : null,
  answeringAgency: {
    original: row.first_answering_agency_id ?? row.responsible_agency_id ?? row.source_agency_id,
    current: row.responsible_agency_id ?? row.source_agency_id,
  },
  mergedInto: row.merged_into,
  mergedFrom,
  resolution: row.resolved_on
    ? {
        resolvedOn: row.resolved_on,
        text: row.resolution ?? '',
        evidence: JSON.parse(row.evidence) as Evidence[],
      }
    : null,
});

/** Reported by the agency, answered by it now, or passed on by it in a succession. */
export const obstacleOfAgency =
  (agencyId: string) => (eb: ExpressionBuilder<ReadModelTables, 'obstacles'>) =>
    eb.or([
      eb('responsible_agency_id', '=', agencyId),
      eb('source_agency_id', '=', agencyId),
      eb.exists(
        eb
          .selectFrom('case_handovers')
          .select('case_handovers.case_id')
          .where('case_handovers.case_kind', '=', 'obstacle')
          .where('case_handovers.from_agency_id', '=', agencyId)
          .whereRef('case_handovers.case_id', '=', 'obstacles.id'),
      ),
    ]);

/** The agency the first succession took the obstacle from: who answered before any did. */
const firstAnsweringAgency = (eb: ExpressionBuilder<ReadModelTables, 'obstacles'>) =>
  eb
    .selectFrom('case_handovers')
    .select('case_handovers.from_agency_id')
    .where('case_handovers.case_kind', '=', 'obstacle')
    .whereRef('case_handovers.case_id', '=', 'obstacles.id')
    .orderBy('case_handovers.position')
    .limit(1)
    .as('first_answering_agency_id');

export class ObstacleQueries {
  constructor(private readonly source: ReadModelSource) {}

  private get db(): ReadModelDb {
    return this.source.db;
  }

  async list(
    filter: PageRequest & {
      status?: string;
      agencyId?: string;
      /** Only obstacles this agency answers for now: assigned to it, or unassigned and its own. */
      answeringAgencyId?: string;
      delegationId?: string;
      q?: string;
    },
  ): Promise<Page<ObstacleView>> {
    let query = this.db.selectFrom('obstacles');
    if (filter.status) query = query.where('status', '=', filter.status);
    if (filter.agencyId) query = query.where(obstacleOfAgency(filter.agencyId));
    if (filter.answeringAgencyId)
      query = query.where(
        (eb) => eb.fn.coalesce('responsible_agency_id', 'source_agency_id'),
        '=',
        filter.answeringAgencyId,
      );
    if (filter.delegationId) query = query.where('delegation_id', '=', filter.delegationId);
    if (filter.q) query = query.where(matchesSearch('search_text', filter.q));
    return page(
      filter,
      async (limit, offset) =>
        this.views(
          await query
            .selectAll()
            .select(firstAnsweringAgency)
            .orderBy('recorded_on')
            .orderBy('id')
            .limit(limit)
            .offset(offset)
            .execute(),
        ),
      async () =>
        Number(
          (await query.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow())
            .n,
        ),
    );
  }

  async get(id: string): Promise<ObstacleDetail | undefined> {
    const [row, history] = await Promise.all([
      this.db
        .selectFrom('obstacles')
        .selectAll()
        .select(firstAnsweringAgency)
        .where('id', '=', id)
        .executeTakeFirst(),
      this.db
        .selectFrom('obstacle_history')
        .selectAll()
        .where('obstacle_id', '=', id)
        .orderBy('log_position')
        .execute(),
    ]);
    if (!row) return undefined;
    const [agency, displayName] = await Promise.all([
      agencyNamesOf(this.db, [...agencyIdsOf([row]), ...agencyIdsIn(history)]),
      displayNamesOf(this.db, actorIdsIn(history)),
    ]);
    const [obstacle] = await this.views([row], agency);
    return { ...obstacle!, history: history.map((h) => historyEntry(h, agency, displayName)) };
  }

  /**
   * Views of a page of rows, the list's and the detail's alike, with what was merged into each
   * (one query for the page).
   */
  private async views(
    rows: readonly ObstacleRow[],
    known?: (id: string) => AgencyRef,
  ): Promise<ObstacleView[]> {
    if (rows.length === 0) return [];
    const [merged, agency] = await Promise.all([
      this.db
        .selectFrom('obstacles')
        .select(['id', 'merged_into'])
        .where(
          'merged_into',
          'in',
          rows.map((r) => r.id),
        )
        .orderBy('id')
        .execute(),
      known ?? agencyNamesOf(this.db, agencyIdsOf(rows)),
    ]);
    const mergedFrom = new Map<string, string[]>();
    for (const m of merged) {
      const from = mergedFrom.get(m.merged_into!);
      if (from) from.push(m.id);
      else mergedFrom.set(m.merged_into!, [m.id]);
    }
    return rows.map((row) => view(row, mergedFrom.get(row.id) ?? [], agency));
  }
}

/** Every agency a page of obstacles names: who reported each, who answers, whom it was referred to. */
const agencyIdsOf = (rows: readonly ObstacleTable[]): string[] =>
  rows.flatMap((r) =>
    [r.source_agency_id, r.responsible_agency_id, r.referred_to].filter(
      (a): a is string => a !== null,
    ),
  );
