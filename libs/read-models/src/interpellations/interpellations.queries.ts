import type { CouncilLevel, LegalBasis, Person, SupervisingBody, Supervisor } from '@hdnd/domain';
import type { ReadModelDb, ReadModelSource } from '../database/read-model-database';
import type { InterpellationTable } from '../database/tables';
import type { AgencyRef } from '../history/history-entry';
import { agencyNamesOf } from '../agencies/agency-names';
import { page, type Page, type PageRequest } from '../runner/paging';
import { matchesSearch } from '../search/matches-search';

export interface InterpellationSummary {
  readonly id: string;
  readonly title: string;
  readonly meeting: string;
  readonly heldOn: string;
  readonly supervisor: Supervisor;
  /** The resolution after the session, once adopted. */
  readonly resolution: LegalBasis | null;
}

export interface InterpellationView extends InterpellationSummary {
  /** What the resolution requires. */
  readonly resolutionSummary: string | null;
  readonly questions: readonly {
    readonly id: string;
    readonly askedBy: string;
    readonly answeredBy: Person;
    readonly agency: AgencyRef;
    readonly question: string;
    readonly answer: string;
    readonly askedOn: string;
  }[];
  /** The cases escalation placed before it: its agenda. */
  readonly agenda: readonly {
    readonly recommendationId: string;
    readonly text: string;
    readonly agency: AgencyRef;
    readonly escalatedOn: string;
  }[];
  /** What the council follows up from it, in the register: each item, where it stands. */
  readonly recommendations: readonly {
    readonly id: string;
    readonly text: string;
    readonly status: string;
    readonly questionId: string | null;
    readonly agency: AgencyRef;
    readonly responseDueOn: string;
  }[];
}

const parse = <T>(text: string): T => JSON.parse(text) as T;

const summary = (row: InterpellationTable): InterpellationSummary => ({
  id: row.id,
  title: row.title,
  meeting: row.meeting,
  heldOn: row.held_on,
  supervisor: {
    body: row.supervising_body as SupervisingBody,
    level: row.council_level as CouncilLevel,
    ...(row.supervisor_name !== null && { name: row.supervisor_name }),
  },
  resolution: row.resolution === null ? null : parse<LegalBasis>(row.resolution),
});

export class InterpellationQueries {
  constructor(private readonly source: ReadModelSource) {}

  private get db(): ReadModelDb {
    return this.source.db;
  }

  /** The sessions, latest first. */
  list(request: PageRequest & { q?: string }): Promise<Page<InterpellationSummary>> {
    let query = this.db.selectFrom('interpellations');
    if (request.q) query = query.where(matchesSearch('search_text', request.q));
    return page(
      request,
      async (limit, offset) =>
        (
          await query
            .selectAll()
            .orderBy('held_on', 'desc')
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

  async get(id: string): Promise<InterpellationView | undefined> {
    const row = await this.db
      .selectFrom('interpellations')
      .selectAll()
      .where('id', '=', id)
      .executeTakeFirst();
    if (!row) return undefined;
    const [questions, items, agenda] = await Promise.all([
      this.db
        .selectFrom('interpellation_questions')
        .selectAll()
        .where('interpellation_id', '=', id)
        .orderBy('asked_on')
        .orderBy('id')
        .execute(),
      this.db
        .selectFrom('recommendations')
        .select(['id', 'text', 'status', 'source_part_id', 'current_agency_id', 'response_due_on'])
        .where('source_kind', '=', 'interpellation')
        .where('source_id', '=', id)
        .orderBy('issued_on')
        .orderBy('id')
        .execute(),
      this.db
        .selectFrom('escalation_sessions as e')
        .innerJoin('recommendations as r', 'r.id', 'e.recommendation_id')
        .select(['r.id', 'r.text', 'r.current_agency_id', 'e.escalated_on'])
        .where('e.kind', '=', 'interpellation')
        .where('e.id', '=', id)
        .orderBy('e.log_position')
        .execute(),
    ]);
    const agency = await agencyNamesOf(this.db, [
      ...questions.map((q) => q.agency_id),
      ...items.map((r) => r.current_agency_id),
      ...agenda.map((r) => r.current_agency_id),
    ]);
    return {
      ...summary(row),
      resolutionSummary: row.resolution_summary,
      questions: questions.map((q) => ({
        id: q.id,
        askedBy: q.asked_by,
        answeredBy: parse<Person>(q.answered_by),
        agency: agency(q.agency_id),
        question: q.question,
        answer: q.answer,
        askedOn: q.asked_on,
      })),
      agenda: agenda.map((a) => ({
        recommendationId: a.id,
        text: a.text,
        agency: agency(a.current_agency_id),
        escalatedOn: a.escalated_on,
      })),
      recommendations: items.map((r) => ({
        id: r.id,
        text: r.text,
        status: r.status,
        questionId: r.source_part_id,
        agency: agency(r.current_agency_id),
        responseDueOn: r.response_due_on,
      })),
    };
  }
}
