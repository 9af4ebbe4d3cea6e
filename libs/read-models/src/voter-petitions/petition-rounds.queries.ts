import type { CouncilLevel, SupervisingBody, Supervisor } from '@hdnd/domain';
import type { ReadModelDb, ReadModelSource } from '../database/read-model-database';
import type { PetitionRoundTable } from '../database/tables';
import type { AgencyRef } from '../history/history-entry';
import { agencyNamesOf } from '../agencies/agency-names';
import { page, type Page, type PageRequest } from '../runner/paging';
import { matchesSearch } from '../search/matches-search';
import { petitionRoundReport, type PetitionRoundReport } from './petition-round-report';

export interface PetitionRoundSummary {
  readonly id: string;
  readonly title: string;
  readonly meeting: string;
  readonly forwardedOn: string;
  readonly answerDueOn: string;
  readonly supervisor: Supervisor;
  readonly petitionCount: number;
}

export interface PetitionRoundView extends PetitionRoundSummary {
  /** Each petition in the order recorded, with its item in the register and where it stands. */
  readonly petitions: readonly {
    readonly id: string;
    readonly text: string;
    readonly voters: string;
    /** The agency it was forwarded to. */
    readonly agency: AgencyRef;
    /** Its item in the register: null only while the item is still to be issued. */
    readonly recommendation: {
      readonly id: string;
      readonly status: string;
      readonly answeringAgency: AgencyRef;
      readonly responseDueOn: string;
      readonly firstRespondedOn: string | null;
    } | null;
  }[];
}

const summary = (row: PetitionRoundTable): PetitionRoundSummary => ({
  id: row.id,
  title: row.title,
  meeting: row.meeting,
  forwardedOn: row.forwarded_on,
  answerDueOn: row.answer_due_on,
  supervisor: {
    body: row.supervising_body as SupervisingBody,
    level: row.council_level as CouncilLevel,
    ...(row.supervisor_name !== null && { name: row.supervisor_name }),
  },
  petitionCount: row.petition_count,
});

export class PetitionRoundQueries {
  constructor(private readonly source: ReadModelSource) {}

  private get db(): ReadModelDb {
    return this.source.db;
  }

  /** The rounds, latest forwarded first. */
  list(request: PageRequest & { q?: string }): Promise<Page<PetitionRoundSummary>> {
    let query = this.db.selectFrom('petition_rounds');
    if (request.q) query = query.where(matchesSearch('search_text', request.q));
    return page(
      request,
      async (limit, offset) =>
        (
          await query
            .selectAll()
            .orderBy('forwarded_on', 'desc')
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

  async get(id: string): Promise<PetitionRoundView | undefined> {
    const row = await this.db
      .selectFrom('petition_rounds')
      .selectAll()
      .where('id', '=', id)
      .executeTakeFirst();
    if (!row) return undefined;
    const [petitions, items] = await Promise.all([
      this.db
        .selectFrom('petitions')
        .selectAll()
        .where('petition_round_id', '=', id)
        .orderBy('position')
        .orderBy('ordinal')
        .execute(),
      this.db
        .selectFrom('recommendations')
        .select([
          'id',
          'status',
          'source_part_id',
          'current_agency_id',
          'response_due_on',
          'first_responded_on',
        ])
        .where('source_kind', '=', 'voter-petitions')
        .where('source_id', '=', id)
        .execute(),
    ]);
    const agency = await agencyNamesOf(this.db, [
      ...petitions.map((p) => p.agency_id),
      ...items.map((r) => r.current_agency_id),
    ]);
    const itemOf = new Map(items.map((r) => [r.source_part_id, r]));
    return {
      ...summary(row),
      petitions: petitions.map((p) => {
        const item = itemOf.get(p.id);
        return {
          id: p.id,
          text: p.text,
          voters: p.voters,
          agency: agency(p.agency_id),
          recommendation: item
            ? {
                id: item.id,
                status: item.status,
                answeringAgency: agency(item.current_agency_id),
                responseDueOn: item.response_due_on,
                firstRespondedOn: item.first_responded_on,
              }
            : null,
        };
      }),
    };
  }

  /** The round's table for the session, counted on `today` (undefined: no such round). */
  async report(id: string, today: string): Promise<PetitionRoundReport | undefined> {
    const round = await this.get(id);
    return round && petitionRoundReport(this.db, round, today);
  }
}
