import type { CouncilLevel, SupervisingBody, Supervisor } from '@hdnd/domain';
import type { ReadModelDb, ReadModelSource } from '../database/read-model-database';
import type { ExplanationSessionTable } from '../database/tables';
import type { AgencyRef } from '../history/history-entry';
import { agencyNamesOf } from '../agencies/agency-names';
import { page, type Page, type PageRequest } from '../runner/paging';
import { matchesSearch } from '../search/matches-search';

export interface ExplanationSessionSummary {
  readonly id: string;
  /** The matter the agency explained. */
  readonly issue: string;
  /** The agency whose head explained. */
  readonly agency: AgencyRef;
  readonly heldOn: string;
  readonly supervisor: Supervisor;
  /** The day of the conclusion, once recorded. */
  readonly concludedOn: string | null;
}

export interface ExplanationSessionView extends ExplanationSessionSummary {
  /** What the conclusion asks of the agency, and by when. */
  readonly conclusion: string | null;
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
    readonly agency: AgencyRef;
    readonly responseDueOn: string;
  }[];
}

const supervisorOf = (row: ExplanationSessionTable): Supervisor => ({
  body: row.supervising_body as SupervisingBody,
  level: row.council_level as CouncilLevel,
  ...(row.supervisor_name !== null && { name: row.supervisor_name }),
});

export class ExplanationSessionQueries {
  constructor(private readonly source: ReadModelSource) {}

  private get db(): ReadModelDb {
    return this.source.db;
  }

  /** The sessions, latest first. */
  list(request: PageRequest & { q?: string }): Promise<Page<ExplanationSessionSummary>> {
    let query = this.db.selectFrom('explanation_sessions');
    if (request.q) query = query.where(matchesSearch('search_text', request.q));
    return page(
      request,
      async (limit, offset) => {
        const rows = await query
          .selectAll()
          .orderBy('held_on', 'desc')
          .orderBy('id')
          .limit(limit)
          .offset(offset)
          .execute();
        const agency = await agencyNamesOf(
          this.db,
          rows.map((r) => r.agency_id),
        );
        return rows.map((row) => ({
          id: row.id,
          issue: row.issue,
          agency: agency(row.agency_id),
          heldOn: row.held_on,
          supervisor: supervisorOf(row),
          concludedOn: row.concluded_on,
        }));
      },
      async () =>
        Number(
          (await query.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow())
            .n,
        ),
    );
  }

  async get(id: string): Promise<ExplanationSessionView | undefined> {
    const row = await this.db
      .selectFrom('explanation_sessions')
      .selectAll()
      .where('id', '=', id)
      .executeTakeFirst();
    if (!row) return undefined;
    const [items, agenda] = await Promise.all([
      this.db
        .selectFrom('recommendations')
        .select(['id', 'text', 'status', 'current_agency_id', 'response_due_on'])
        .where('source_kind', '=', 'explanation-session')
        .where('source_id', '=', id)
        .orderBy('issued_on')
        .orderBy('id')
        .execute(),
      this.db
        .selectFrom('escalation_sessions as e')
        .innerJoin('recommendations as r', 'r.id', 'e.recommendation_id')
        .select(['r.id', 'r.text', 'r.current_agency_id', 'e.escalated_on'])
        .where('e.kind', '=', 'explanation-session')
        .where('e.id', '=', id)
        .orderBy('e.log_position')
        .execute(),
    ]);
    const agency = await agencyNamesOf(this.db, [
      row.agency_id,
      ...items.map((r) => r.current_agency_id),
      ...agenda.map((r) => r.current_agency_id),
    ]);
    return {
      id: row.id,
      issue: row.issue,
      agency: agency(row.agency_id),
      heldOn: row.held_on,
      supervisor: supervisorOf(row),
      concludedOn: row.concluded_on,
      conclusion: row.conclusion,
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
        agency: agency(r.current_agency_id),
        responseDueOn: r.response_due_on,
      })),
    };
  }
}
