import type { CouncilLevel, SourceKind, SupervisingBody } from '@hdnd/domain';
import type { Expression, ExpressionBuilder, SqlBool } from 'kysely';
import type { ReadModelDb } from '../database/read-model-database';
import type { ReadModelTables } from '../database/tables';

/** Which recommendations the dashboard counts; every figure is over these alone. */
export interface DashboardFilter {
  readonly delegationId?: string;
  /**
   * Every recommendation the agency was ever addressed: as original addressee, as current one,
   * or passed on by it in a succession (as the tracker's `agencyId` filter and its scorecard).
   */
  readonly agencyId?: string;
  /** Issued on or after this date (YYYY-MM-DD). */
  readonly from?: string;
  /** Issued on or before this date (YYYY-MM-DD). */
  readonly to?: string;
  /** From this kind of source only: delegations, interpellation sessions… */
  readonly sourceKind?: SourceKind;
  /** Followed up in this supervising body's name, at this level. */
  readonly supervisingBody?: SupervisingBody;
  readonly level?: CouncilLevel;
}

/** Whether the filter asks about the items' source or supervisor, which the tracker rows hold. */
const bySource = ({ sourceKind, supervisingBody, level }: DashboardFilter): boolean =>
  sourceKind !== undefined || supervisingBody !== undefined || level !== undefined;

/**
 * The columns a filter reads, as the table it filters names them (each table holds a copy).
 * Without the addressees, the agency filter reads them from `recommendation_measures`.
 */
export interface FilterColumns {
  readonly delegation_id: Expression<string>;
  readonly issued_on: Expression<string>;
  readonly recommendation_id: Expression<string>;
  readonly addressees?: {
    readonly original_agency_id: Expression<string>;
    readonly current_agency_id: Expression<string>;
  };
}

type Builder<TB extends keyof ReadModelTables> = ExpressionBuilder<ReadModelTables, TB>;

export const measureColumns = (eb: Builder<'recommendation_measures'>): FilterColumns => ({
  delegation_id: eb.ref('recommendation_measures.delegation_id'),
  issued_on: eb.ref('recommendation_measures.issued_on'),
  recommendation_id: eb.ref('recommendation_measures.recommendation_id'),
  addressees: {
    original_agency_id: eb.ref('recommendation_measures.original_agency_id'),
    current_agency_id: eb.ref('recommendation_measures.current_agency_id'),
  },
});

export const deadlineColumns = (eb: Builder<'response_deadlines'>): FilterColumns => ({
  delegation_id: eb.ref('response_deadlines.delegation_id'),
  issued_on: eb.ref('response_deadlines.issued_on'),
  recommendation_id: eb.ref('response_deadlines.recommendation_id'),
});

/**
 * The filter as a condition on rows that carry the recommendation's columns. `passedOn` says
 * whether the agency asked for passed any case on: if not, every case it was ever addressed is
 * one it answers for now (a case leaves its addressee only by a succession), and the condition
 * is on the current addressee alone. Rows without the addressees (a deadline) take the cases
 * the agency was addressed from the measures: an agency's cases are few, and found by index.
 */
export const selectedBy = (db: ReadModelDb, filter: DashboardFilter, passedOn: boolean) => {
  const addressedTo = <TB extends keyof ReadModelTables>(
    eb: Builder<TB>,
    agencyId: string,
    columns: FilterColumns,
  ): Expression<SqlBool> => {
    if (!columns.addressees)
      return eb(
        columns.recommendation_id,
        'in',
        db
          .selectFrom('recommendation_measures')
          .select('recommendation_id')
          .where((inner) => addressedTo(inner, agencyId, measureColumns(inner))),
      );
    const { original_agency_id, current_agency_id } = columns.addressees;
    if (!passedOn) return eb(current_agency_id, '=', agencyId);
    return eb.or([
      eb(original_agency_id, '=', agencyId),
      eb(current_agency_id, '=', agencyId),
      eb(
        columns.recommendation_id,
        'in',
        db
          .selectFrom('case_handovers')
          .select('case_id')
          .where('case_kind', '=', 'recommendation')
          .where('from_agency_id', '=', agencyId),
      ),
    ]);
  };
  // The source and supervisor are on the tracker's rows: the cases they select, found by index.
  const fromSources = () => {
    let cases = db.selectFrom('recommendations').select('id');
    if (filter.sourceKind) cases = cases.where('source_kind', '=', filter.sourceKind);
    if (filter.supervisingBody)
      cases = cases.where('supervising_body', '=', filter.supervisingBody);
    if (filter.level) cases = cases.where('council_level', '=', filter.level);
    return cases;
  };
  return <TB extends keyof ReadModelTables>(eb: Builder<TB>, columns: FilterColumns) => {
    const { delegationId, agencyId, from, to } = filter;
    return eb.and([
      ...(bySource(filter) ? [eb(columns.recommendation_id, 'in', fromSources())] : []),
      ...(delegationId === undefined ? [] : [eb(columns.delegation_id, '=', delegationId)]),
      ...(from === undefined ? [] : [eb(columns.issued_on, '>=', from)]),
      ...(to === undefined ? [] : [eb(columns.issued_on, '<=', to)]),
      ...(agencyId === undefined ? [] : [addressedTo(eb, agencyId, columns)]),
    ]);
  };
};

/** Whether the filter selects fewer than every recommendation. */
export const isFiltered = (filter: DashboardFilter): boolean =>
  filter.delegationId !== undefined ||
  filter.agencyId !== undefined ||
  filter.from !== undefined ||
  filter.to !== undefined ||
  bySource(filter);

/** Whether the agency passed any recommendation on in a succession (see `selectedBy`). */
export const passedAnyOn = async (db: ReadModelDb, agencyId: string): Promise<boolean> =>
  (await db
    .selectFrom('case_handovers')
    .select('case_id')
    .where('case_kind', '=', 'recommendation')
    .where('from_agency_id', '=', agencyId)
    .limit(1)
    .executeTakeFirst()) !== undefined;
