import type { LegalBasis, Person } from '@hdnd/domain';
import type { ReadModelDb, ReadModelSource } from '../database/read-model-database';
import type { PublicDelegationTable, PublicRecommendationTable } from '../database/tables';

/** A published delegation in the public list. */
export interface PublicDelegationSummary {
  readonly id: string;
  readonly title: string;
  readonly topic: string;
  readonly legalBasis: LegalBasis;
  readonly periodFrom: string;
  readonly periodTo: string;
  readonly status: 'established' | 'concluded';
  readonly concludedOn: string | null;
  readonly publishedOn: string;
  readonly recommendationCount: number;
}

/** The agency's latest response, as the public page shows it. */
export interface PublicResponse {
  readonly position: string;
  readonly respondedOn: string;
  readonly text: string;
}

export interface PublicRecommendation {
  readonly id: string;
  readonly text: string;
  readonly addressee: string;
  readonly issuedOn: string;
  readonly responseDueOn: string;
  readonly status: string;
  readonly response: PublicResponse | null;
  readonly closedOn: string | null;
}

/** A published delegation with its officials and recommendations. */
export interface PublicDelegation extends PublicDelegationSummary {
  readonly chair: Person;
  readonly members: readonly Person[];
  readonly publicationBasis: string;
  readonly recommendations: readonly PublicRecommendation[];
}

const summaryOf = (
  row: PublicDelegationTable,
  recommendationCount: number,
): PublicDelegationSummary => ({
  id: row.id,
  title: row.title,
  topic: row.topic,
  legalBasis: JSON.parse(row.legal_basis) as LegalBasis,
  periodFrom: row.period_from,
  periodTo: row.period_to,
  status: row.status,
  concludedOn: row.concluded_on,
  publishedOn: row.published_on,
  recommendationCount,
});

const recommendationOf = (row: PublicRecommendationTable): PublicRecommendation => ({
  id: row.id,
  text: row.text,
  addressee: row.addressee_name,
  issuedOn: row.issued_on,
  responseDueOn: row.response_due_on,
  status: row.status,
  response:
    row.response_position !== null && row.responded_on !== null && row.response_text !== null
      ? { position: row.response_position, respondedOn: row.responded_on, text: row.response_text }
      : null,
  closedOn: row.closed_on,
});

/** What the public page reads: only the public tables, never the tracker's. */
export class PublicQueries {
  constructor(private readonly source: ReadModelSource) {}

  private get db(): ReadModelDb {
    return this.source.db;
  }

  /** Every published delegation, the latest published first. */
  async list(): Promise<PublicDelegationSummary[]> {
    const [rows, counts] = await Promise.all([
      this.db
        .selectFrom('public_delegations')
        .selectAll()
        .orderBy('published_on', 'desc')
        .orderBy('id')
        .execute(),
      this.db
        .selectFrom('public_recommendations')
        .select(['delegation_id', (eb) => eb.fn.countAll<number>().as('n')])
        .groupBy('delegation_id')
        .execute(),
    ]);
    const countOf = new Map(counts.map((c) => [c.delegation_id, Number(c.n)]));
    return rows.map((row) => summaryOf(row, countOf.get(row.id) ?? 0));
  }

  /** One published delegation, or undefined when it is not (or no longer) published. */
  async get(id: string): Promise<PublicDelegation | undefined> {
    const [row, recommendations] = await Promise.all([
      this.db.selectFrom('public_delegations').selectAll().where('id', '=', id).executeTakeFirst(),
      this.db
        .selectFrom('public_recommendations')
        .selectAll()
        .where('delegation_id', '=', id)
        .orderBy('issued_on')
        .orderBy('id')
        .execute(),
    ]);
    if (!row) return undefined;
    return {
      ...summaryOf(row, recommendations.length),
      chair: JSON.parse(row.chair) as Person,
      members: JSON.parse(row.members) as Person[],
      publicationBasis: row.publication_basis,
      recommendations: recommendations.map(recommendationOf),
    };
  }
}
