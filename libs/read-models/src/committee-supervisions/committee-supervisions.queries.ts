import type { CouncilLevel, SupervisingBody, Supervisor } from '@hdnd/domain';
import type { ReadModelDb, ReadModelSource } from '../database/read-model-database';
import type { CommitteeSupervisionTable } from '../database/tables';
import type { AgencyRef } from '../history/history-entry';
import { agencyNamesOf } from '../agencies/agency-names';
import { page, type Page, type PageRequest } from '../runner/paging';
import { matchesSearch } from '../search/matches-search';

export interface CommitteeSupervisionSummary {
  readonly id: string;
  readonly topic: string;
  readonly supervisor: Supervisor;
  readonly startedOn: string;
  readonly concludedOn: string | null;
}

export interface CommitteeSupervisionView extends CommitteeSupervisionSummary {
  readonly conclusion: string | null;
  /** What the council follows up from it, in the register: each item, where it stands. */
  readonly recommendations: readonly {
    readonly id: string;
    readonly text: string;
    readonly status: string;
    readonly agency: AgencyRef;
    readonly responseDueOn: string;
  }[];
}

const summary = (row: CommitteeSupervisionTable): CommitteeSupervisionSummary => ({
  id: row.id,
  topic: row.topic,
  supervisor: {
    body: row.supervising_body as SupervisingBody,
    level: row.council_level as CouncilLevel,
    ...(row.supervisor_name !== null && { name: row.supervisor_name }),
  },
  startedOn: row.started_on,
  concludedOn: row.concluded_on,
});

export class CommitteeSupervisionQueries {
  constructor(private readonly source: ReadModelSource) {}

  private get db(): ReadModelDb {
    return this.source.db;
  }

  /** The supervisions, latest first; by supervising body when asked. */
  list(
    request: PageRequest & { q?: string; supervisingBody?: SupervisingBody },
  ): Promise<Page<CommitteeSupervisionSummary>> {
    let query = this.db.selectFrom('committee_supervisions');
    if (request.q) query = query.where(matchesSearch('search_text', request.q));
    if (request.supervisingBody)
      query = query.where('supervising_body', '=', request.supervisingBody);
    return page(
      request,
      async (limit, offset) =>
        (
          await query
            .selectAll()
            .orderBy('started_on', 'desc')
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

  async get(id: string): Promise<CommitteeSupervisionView | undefined> {
    const row = await this.db
      .selectFrom('committee_supervisions')
      .selectAll()
      .where('id', '=', id)
      .executeTakeFirst();
    if (!row) return undefined;
    const items = await this.db
      .selectFrom('recommendations')
      .select(['id', 'text', 'status', 'current_agency_id', 'response_due_on'])
      .where('source_kind', '=', 'committee-supervision')
      .where('source_id', '=', id)
      .orderBy('issued_on')
      .orderBy('id')
      .execute();
    const agency = await agencyNamesOf(
      this.db,
      items.map((r) => r.current_agency_id),
    );
    return {
      ...summary(row),
      conclusion: row.conclusion,
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
