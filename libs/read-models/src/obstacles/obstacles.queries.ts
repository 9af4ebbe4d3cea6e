import type { Evidence } from '@hdnd/domain';
import type { ReadModelDb, ReadModelSource } from '../database/read-model-database';
import type { ObstacleTable } from '../database/tables';
import { page, type Page, type PageRequest } from '../runner/paging';
import { matchesSearch } from '../search/matches-search';
import type { AgencyRef } from '../recommendations/timeline-view';

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
  /** Obstacles reported by other units and merged into this one. */
  readonly mergedFrom: readonly string[];
  readonly resolution: {
    readonly resolvedOn: string;
    readonly text: string;
    readonly evidence: readonly Evidence[];
  } | null;
}

const view = (
  row: ObstacleTable,
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
    if (filter.agencyId)
      query = query.where((eb) =>
        eb.or([
          eb('responsible_agency_id', '=', filter.agencyId!),
          eb('source_agency_id', '=', filter.agencyId!),
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
        this.views(
          await query
            .selectAll()
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

  async get(id: string): Promise<ObstacleView | undefined> {
    const row = await this.db
      .selectFrom('obstacles')
      .selectAll()
      .where('id', '=', id)
      .executeTakeFirst();
    return row && (await this.views([row]))[0];
  }

  /**
   * Views of a page of rows, the list's and the detail's alike: what was merged into each, and
   * the name of every agency they mention, each in one query for the page.
   */
  private async views(rows: readonly ObstacleTable[]): Promise<ObstacleView[]> {
    if (rows.length === 0) return [];
    const agencyIds = new Set(
      rows.flatMap((r) => [r.source_agency_id, r.responsible_agency_id, r.referred_to]),
    );
    agencyIds.delete(null);
    const [merged, agencies] = await Promise.all([
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
      this.db
        .selectFrom('agencies')
        .select(['id', 'name'])
        .where('id', 'in', [...agencyIds] as string[])
        .execute(),
    ]);
    const mergedFrom = new Map<string, string[]>();
    for (const m of merged) {
      const into = m.merged_into!;
      mergedFrom.set(into, [...(mergedFrom.get(into) ?? []), m.id]);
    }
    const names = new Map(agencies.map((a) => [a.id, a.name]));
    const agency = (id: string): AgencyRef => ({ id, name: names.get(id) ?? null });
    return rows.map((row) => view(row, mergedFrom.get(row.id) ?? [], agency));
  }
}
