import type {
  CouncilLevel,
  Indicator,
  LegalBasis,
  Person,
  SupervisingBody,
  Supervisor,
} from '@hdnd/domain';
import type { ReadModelDb, ReadModelSource } from '../database/read-model-database';
import type { DelegationTable } from '../database/tables';
import { page, type Page, type PageRequest } from '../runner/paging';
import { matchesSearch } from '../search/matches-search';
import type { AgencyRef } from '../history/history-entry';
import { agencyNamesOf } from '../agencies/agency-names';

export interface DelegationSummary {
  readonly id: string;
  readonly title: string;
  readonly topic: string;
  readonly legalBasis: LegalBasis;
  /** The body that supervises through it, at which level; a committee or deputy by name. */
  readonly supervisor: Supervisor;
  readonly periodFrom: string;
  readonly periodTo: string;
  readonly chair: Person;
  readonly status: string;
  readonly concludedOn: string | null;
}

export interface DelegationView extends DelegationSummary {
  readonly members: readonly Person[];
  /** Whether its results are on the public page now (the public projection), since when and on what basis. */
  readonly publication: { readonly publishedOn: string; readonly basis: string } | null;
  readonly summary: string | null;
  readonly workingGroups: readonly {
    id: string;
    number: string;
    leader: Person;
    members: readonly Person[];
  }[];
  readonly surveys: readonly {
    id: string;
    workingGroupId: string | null;
    date: string;
    agencyIds: readonly string[];
    /** The surveyed units by name, in the order of `agencyIds`. */
    agencies: readonly AgencyRef[];
    topics: readonly string[];
    chair: Person;
    participants: readonly string[];
    notes: string | null;
  }[];
  readonly obstacles: readonly {
    id: string;
    statement: string;
    status: string;
    sourceAgencyId: string;
    sourceAgency: AgencyRef;
  }[];
  readonly recommendations: readonly {
    id: string;
    text: string;
    status: string;
    addresseeAgencyId: string;
    addresseeAgency: AgencyRef;
    responseDueOn: string;
  }[];
  readonly findings: readonly {
    id: string;
    surveyId: string | null;
    agencyId: string;
    agency: AgencyRef;
    kind: string;
    statement: string;
    indicators: readonly Indicator[];
    obstacleId: string | null;
    recordedOn: string;
  }[];
}

const parse = <T>(text: string): T => JSON.parse(text) as T;

const summary = (row: DelegationTable): DelegationSummary => ({
  id: row.id,
  title: row.title,
  topic: row.topic,
  legalBasis: parse(row.legal_basis),
  supervisor: {
    body: row.supervising_body,
    level: row.council_level,
    ...(row.supervisor_name !== null && { name: row.supervisor_name }),
  },
  periodFrom: row.period_from,
  periodTo: row.period_to,
  chair: parse(row.chair),
  status: row.status,
  concludedOn: row.concluded_on,
});

export class DelegationQueries {
  constructor(private readonly source: ReadModelSource) {}

  private get db(): ReadModelDb {
    return this.source.db;
  }

  async list(
    request: PageRequest & {
      q?: string;
      status?: string;
      supervisingBody?: SupervisingBody;
      level?: CouncilLevel;
    },
  ): Promise<Page<DelegationSummary>> {
    let query = this.db.selectFrom('delegations');
    // A delegation matches by its own text or by any of its findings' statements.
    if (request.q) {
      const q = request.q;
      query = query.where((eb) =>
        eb.or([
          matchesSearch('delegations.search_text', q),
          eb.exists(
            eb
              .selectFrom('findings')
              .select('findings.id')
              .whereRef('findings.delegation_id', '=', 'delegations.id')
              .where(matchesSearch('findings.search_text', q)),
          ),
        ]),
      );
    }
    if (request.status)
      query = query.where('status', '=', request.status as DelegationTable['status']);
    if (request.supervisingBody)
      query = query.where('supervising_body', '=', request.supervisingBody);
    if (request.level) query = query.where('council_level', '=', request.level);
    return page(
      request,
      async (limit, offset) =>
        (
          await query
            .selectAll()
            .orderBy('period_from', 'desc')
            .orderBy('id')
            .limit(limit)
            .offset(offset)
            .execute()
        ).map(summary),
      async () =>
        Number(
          (await query.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow())
            .n,
        ),
    );
  }

  async get(id: string): Promise<DelegationView | undefined> {
    const row = await this.db
      .selectFrom('delegations')
      .selectAll()
      .where('id', '=', id)
      .executeTakeFirst();
    if (!row) return undefined;
    const [groups, surveys, findings, obstacles, recommendations] = await Promise.all([
      this.db
        .selectFrom('working_groups')
        .selectAll()
        .where('delegation_id', '=', id)
        .orderBy('number')
        .execute(),
      this.db
        .selectFrom('surveys')
        .selectAll()
        .where('delegation_id', '=', id)
        .orderBy('date')
        .orderBy('id')
        .execute(),
      this.db
        .selectFrom('findings')
        .selectAll()
        .where('delegation_id', '=', id)
        .orderBy('recorded_on')
        .orderBy('id')
        .execute(),
      this.db
        .selectFrom('obstacles')
        .select(['id', 'statement', 'status', 'source_agency_id'])
        .where('delegation_id', '=', id)
        .orderBy('recorded_on')
        .orderBy('id')
        .execute(),
      this.db
        .selectFrom('recommendations')
        .select(['id', 'text', 'status', 'current_agency_id', 'response_due_on'])
        .where('delegation_id', '=', id)
        .orderBy('issued_on')
        .orderBy('id')
        .execute(),
    ]);
    // A person reads this page: every agency it mentions by name, looked up in one query.
    const mentioned = [
      ...new Set([
        ...surveys.flatMap((s) => parse<string[]>(s.agency_ids)),
        ...findings.map((f) => f.agency_id),
        ...obstacles.map((o) => o.source_agency_id),
        ...recommendations.map((r) => r.current_agency_id),
      ]),
    ];
    const agency = await agencyNamesOf(this.db, mentioned);
    const published = await this.db
      .selectFrom('public_delegations')
      .select(['published_on', 'publication_basis'])
      .where('id', '=', id)
      .executeTakeFirst();
    return {
      ...summary(row),
      members: parse(row.members),
      publication: published
        ? { publishedOn: published.published_on, basis: published.publication_basis }
        : null,
      summary: row.summary,
      workingGroups: groups.map((g) => ({
        id: g.id,
        number: g.number,
        leader: parse(g.leader),
        members: parse(g.members),
      })),
      surveys: surveys.map((s) => ({
        id: s.id,
        workingGroupId: s.working_group_id,
        date: s.date,
        agencyIds: parse(s.agency_ids),
        agencies: parse<string[]>(s.agency_ids).map(agency),
        topics: parse(s.topics),
        chair: parse(s.chair),
        participants: parse(s.participants),
        notes: s.notes,
      })),
      obstacles: obstacles.map((o) => ({
        id: o.id,
        statement: o.statement,
        status: o.status,
        sourceAgencyId: o.source_agency_id,
        sourceAgency: agency(o.source_agency_id),
      })),
      recommendations: recommendations.map((r) => ({
        id: r.id,
        text: r.text,
        status: r.status,
        addresseeAgencyId: r.current_agency_id,
        addresseeAgency: agency(r.current_agency_id),
        responseDueOn: r.response_due_on,
      })),
      findings: findings.map((f) => ({
        id: f.id,
        surveyId: f.survey_id,
        agencyId: f.agency_id,
        agency: agency(f.agency_id),
        kind: f.kind,
        statement: f.statement,
        indicators: parse(f.indicators),
        obstacleId: f.obstacle_id,
        recordedOn: f.recorded_on,
      })),
    };
  }
}
