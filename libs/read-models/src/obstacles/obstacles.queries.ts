import type { Evidence } from '@hdnd/domain';
import type { ReadModelDb, ReadModelSource } from '../database/read-model-database';
import type { ExpressionBuilder } from 'kysely';
import type { ObstacleTable, ReadModelTables } from '../database/tables';
import { page, type Page, type PageRequest } from '../runner/paging';
import { matchesSearch } from '../search/matches-search';

export interface ObstacleView {
  readonly id: string;
  readonly delegationId: string;
  readonly findingId: string;
  readonly surveyId: string | null;
  readonly sourceAgencyId: string;
  readonly statement: string;
  readonly recordedOn: string;
  readonly status: string;
  readonly responsibleAgencyId: string | null;
  readonly competence: string | null;
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

const view = (row: ObstacleRow, mergedFrom: readonly string[]): ObstacleView => ({
  id: row.id,
  delegationId: row.delegation_id,
  findingId: row.finding_id,
  surveyId: row.survey_id,
  sourceAgencyId: row.source_agency_id,
  statement: row.statement,
  recordedOn: row.recorded_on,
  status: row.status,
  responsibleAgencyId: row.responsible_agency_id,
  competence: row.competence,
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
    // Reported by the agency, answered by it now, or passed on by it in a succession.
    if (filter.agencyId)
      query = query.where((eb) =>
        eb.or([
          eb('responsible_agency_id', '=', filter.agencyId!),
          eb('source_agency_id', '=', filter.agencyId!),
          eb.exists(
            eb
              .selectFrom('case_handovers')
              .select('case_handovers.case_id')
              .where('case_handovers.case_kind', '=', 'obstacle')
              .where('case_handovers.from_agency_id', '=', filter.agencyId!)
              .whereRef('case_handovers.case_id', '=', 'obstacles.id'),
          ),
        ]),
      );
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
        (
          await query
            .selectAll()
            .select(firstAnsweringAgency)
            .orderBy('recorded_on')
            .orderBy('id')
            .limit(limit)
            .offset(offset)
            .execute()
        ).map((r) => view(r, [])),
      async () =>
        Number(
          (await query.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow())
            .n,
        ),
    );
  }

  async get(id: string): Promise<ObstacleView | undefined> {
    const row = await this.db
      .selectFrom('obstacles')
      .selectAll()
      .select(firstAnsweringAgency)
      .where('id', '=', id)
      .executeTakeFirst();
    if (!row) return undefined;
    const merged = await this.db
      .selectFrom('obstacles')
      .select('id')
      .where('merged_into', '=', id)
      .orderBy('id')
      .execute();
    return view(
      row,
      merged.map((m) => m.id),
    );
  }
}
