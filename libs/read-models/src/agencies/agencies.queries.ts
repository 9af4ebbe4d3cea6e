import type { Clock } from '@hdnd/event-store';
import type { ReadModelDb, ReadModelSource } from '../database/read-model-database';
import { agencyScorecard, type Scorecard } from './agency-scorecard';
import type { AgencyTable } from '../database/tables';
import { matchesSearch } from '../search/matches-search';
import { page, type Page, type PageRequest } from '../runner/paging';
import type { AgencyRef } from '../history/history-entry';
import { agencyNamesOf } from './agency-names';

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

/** An agency that passed its cases to this one: who, from which day, on what legal basis. */
export interface Predecessor {
  readonly id: string;
  readonly name: string;
  readonly effectiveOn: string;
  readonly basis: string;
}

/**
 * The agency page's view: the agency with its scorecard, the agencies it belongs under and
 * passes its cases to by name, and the agencies merged into it (its predecessors).
 */
export interface AgencyDetail extends AgencyView {
  readonly parent: AgencyRef | null;
  readonly successor: AgencyRef | null;
  /** Agencies whose succession names this one, earliest effective date first. */
  readonly predecessors: readonly Predecessor[];
  readonly scorecard: Scorecard;
}

export class AgencyQueries {
  constructor(
    private readonly source: ReadModelSource,
    private readonly clock: Clock,
  ) {}

  private get db(): ReadModelDb {
    return this.source.db;
  }

  /** Agencies by name, diacritics ignored ("tay ninh" finds "Tây Ninh"), of one level if asked. */
  async list(request: PageRequest & { q?: string; level?: string }): Promise<Page<AgencyView>> {
    let query = this.db.selectFrom('agencies');
    if (request.level) query = query.where('level', '=', request.level);
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

  /**
   * The agency with its scorecard (received, responded on time, late, open, mean days to
   * respond), its parent and successor by name, and its predecessors.
   */
  async get(id: string): Promise<AgencyDetail | undefined> {
    const row = await this.db
      .selectFrom('agencies')
      .selectAll()
      .where('id', '=', id)
      .executeTakeFirst();
    if (!row) return undefined;
    const [predecessors, name, scorecard] = await Promise.all([
      this.db
        .selectFrom('agencies')
        .select(['id', 'name', 'succession_effective_on', 'succession_basis'])
        .where('successor_id', '=', id)
        .orderBy('succession_effective_on')
        .orderBy('name')
        .execute(),
      agencyNamesOf(
        this.db,
        [row.parent_id, row.successor_id].filter((a): a is string => a !== null),
      ),
      agencyScorecard(this.db, this.clock, id),
    ]);
    return {
      ...view(row),
      parent: row.parent_id === null ? null : name(row.parent_id),
      successor: row.successor_id === null ? null : name(row.successor_id),
      predecessors: predecessors.map((p) => ({
        id: p.id,
        name: p.name,
        effectiveOn: p.succession_effective_on ?? '',
        basis: p.succession_basis ?? '',
      })),
      scorecard,
    };
  }
}
