import type { Clock } from '@hdnd/event-store';
import type { ReadModelDb, ReadModelSource } from '../database/read-model-database';
import { agencyScorecard, type Scorecard } from './agency-scorecard';
import type { AgencyTable } from '../database/tables';
import { matchesSearch } from '../search/matches-search';
import { page, type Page, type PageRequest } from '../runner/paging';

export interface AgencyView {
  readonly id: string;
  readonly name: string;
  readonly level: string;
  readonly parentId: string | null;
  readonly registeredOn: string;
  readonly succession: {
    readonly successorId: string;
    readonly effectiveOn: string;
    readonly basis: string;
  } | null;
}

const view = (row: AgencyTable): AgencyView => ({
  id: row.id,
  name: row.name,
  level: row.level,
  parentId: row.parent_id,
  registeredOn: row.registered_on,
  succession:
    row.successor_id !== null
      ? {
          successorId: row.successor_id,
          effectiveOn: row.succession_effective_on ?? '',
          basis: row.succession_basis ?? '',
        }
      : null,
});

export class AgencyQueries {
  constructor(
    private readonly source: ReadModelSource,
    private readonly clock: Clock,
  ) {}

  private get db(): ReadModelDb {
    return this.source.db;
  }

  /** Agencies by name, diacritics ignored ("tay ninh" finds "Tây Ninh"). */
  async list(request: PageRequest & { q?: string }): Promise<Page<AgencyView>> {
    let query = this.db.selectFrom('agencies');
    if (request.q) query = query.where(matchesSearch('search_text', request.q));
    return page(
      request,
      async (limit, offset) => {
        const rows = await query
          .selectAll()
          .orderBy('name')
          .orderBy('id')
          .limit(limit)
          .offset(offset)
          .execute();
        return rows.map(view);
      },
      async () =>
        Number(
          (await query.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow())
            .n,
        ),
    );
  }

  /** The agency with its scorecard: received, responded on time, late, open, mean days to respond. */
  async get(id: string): Promise<(AgencyView & { scorecard: Scorecard }) | undefined> {
    const row = await this.db
      .selectFrom('agencies')
      .selectAll()
      .where('id', '=', id)
      .executeTakeFirst();
    return row && { ...view(row), scorecard: await agencyScorecard(this.db, this.clock, id) };
  }
}
