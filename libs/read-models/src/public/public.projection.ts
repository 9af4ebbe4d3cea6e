import type { DelegationEvent, LegalBasis, Person, RecommendationEvent } from '@hdnd/domain';
import type { RecordedEvent } from '@hdnd/event-store';
import type { Transaction } from 'kysely';
import type { ReadModelDb } from '../database/read-model-database';
import type { ReadModelTables } from '../database/tables';
import type { Projection } from '../runner/projection';

type Trx = Transaction<ReadModelTables>;

const json = (value: unknown) => JSON.stringify(value);

/** An official as the public page names them: name and position, and nothing else. */
const official = (stored: string): Person => {
  const { name, position } = JSON.parse(stored) as Person;
  return { name, position };
};

const officials = (stored: string): Person[] =>
  (JSON.parse(stored) as Person[]).map(({ name, position }) => ({ name, position }));

const resolution = (stored: string): LegalBasis => {
  const { number, issuedOn, issuedBy } = JSON.parse(stored) as LegalBasis;
  return { number, issuedOn, issuedBy };
};

/** Every recommendation event: each may change what the public row of its case says. */
const RECOMMENDATION_EVENTS: readonly RecommendationEvent['type'][] = [
  'RecommendationIssued',
  'ResponseRecorded',
  'ResponseAssessed',
  'ProgressReported',
  'CompletionReported',
  'RecommendationClosed',
  'RecommendationReopened',
  'DeadlineExtended',
  'RecommendationEscalated',
  'RecommendationTransferred',
  'ReminderIssued',
  'DeadlineMissed',
];

/**
 * Writes the public row of one recommendation from the tracker's tables, when its delegation is
 * published; otherwise writes nothing. Columns are picked one by one: nothing of the tracker
 * reaches the public tables unless it is named here (no assessment, no notes, no actors).
 */
const refreshRecommendation = async (trx: Trx, id: string, position: number): Promise<void> => {
  const row = await trx
    .selectFrom('recommendations')
    .innerJoin('public_delegations', 'public_delegations.id', 'recommendations.delegation_id')
    .leftJoin('agencies', 'agencies.id', 'recommendations.current_agency_id')
    .select([
      'recommendations.id',
      'recommendations.delegation_id',
      'recommendations.text',
      'agencies.name as addressee_name',
      'recommendations.issued_on',
      'recommendations.response_due_on',
      'recommendations.status',
      'recommendations.closed_on',
    ])
    .where('recommendations.id', '=', id)
    .executeTakeFirst();
  if (!row) return;
  const responses = await trx
    .selectFrom('recommendation_responses')
    .select(['position', 'responded_on', 'text'])
    .where('recommendation_id', '=', id)
    .orderBy('responded_on')
    .execute();
  const latest = responses.at(-1);
  const values = {
    delegation_id: row.delegation_id,
    text: row.text,
    addressee_name: row.addressee_name ?? '',
    issued_on: row.issued_on,
    response_due_on: row.response_due_on,
    status: row.status,
    response_position: latest?.position ?? null,
    responded_on: latest?.responded_on ?? null,
    response_text: latest?.text ?? null,
    closed_on: row.closed_on,
    position,
  };
  await trx
    .insertInto('public_recommendations')
    .values({ id: row.id, ...values })
    .onConflict((oc) => oc.column('id').doUpdateSet(values))
    .execute();
};

const publish = async (
  trx: Trx,
  data: Extract<DelegationEvent, { type: 'DelegationResultsPublished' }>['data'],
  position: number,
): Promise<void> => {
  const delegation = await trx
    .selectFrom('delegations')
    .select([
      'title',
      'topic',
      'legal_basis',
      'period_from',
      'period_to',
      'chair',
      'members',
      'status',
      'concluded_on',
    ])
    .where('id', '=', data.delegationId)
    .executeTakeFirst();
  if (!delegation) return;
  const values = {
    title: delegation.title,
    topic: delegation.topic,
    legal_basis: json(resolution(delegation.legal_basis)),
    period_from: delegation.period_from,
    period_to: delegation.period_to,
    chair: json(official(delegation.chair)),
    members: json(officials(delegation.members)),
    status: delegation.status,
    concluded_on: delegation.concluded_on,
    published_on: data.publishedOn,
    publication_basis: data.basis,
    position,
  };
  await trx
    .insertInto('public_delegations')
    .values({ id: data.delegationId, ...values })
    .onConflict((oc) => oc.column('id').doUpdateSet(values))
    .execute();
  const recommendations = await trx
    .selectFrom('recommendations')
    .select('id')
    .where('delegation_id', '=', data.delegationId)
    .execute();
  for (const { id } of recommendations) await refreshRecommendation(trx, id, position);
};

const withdraw = async (trx: Trx, delegationId: string): Promise<void> => {
  await trx
    .deleteFrom('public_recommendations')
    .where('delegation_id', '=', delegationId)
    .execute();
  await trx.deleteFrom('public_delegations').where('id', '=', delegationId).execute();
};

/**
 * The public page's read model: the published delegations and their recommendations, and
 * nothing else. It stores no fact of its own from an event it is not told is public: a
 * publication copies the delegation's public facts from the `delegations` and `recommendations`
 * tables (projected before it, in the same transaction), later steps of its cases refresh their
 * rows, and a withdrawal deletes them. Registered after the projections it reads.
 */
export const publicProjection: Projection = {
  name: 'public',
  version: 1,
  handles: new Set<string>([
    'DelegationResultsPublished',
    'DelegationPublicationWithdrawn',
    'DelegationConcluded',
    ...RECOMMENDATION_EVENTS,
  ]),

  async migrate(db: ReadModelDb) {
    await db.schema
      .createTable('public_delegations')
      .ifNotExists()
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('title', 'text', (c) => c.notNull())
      .addColumn('topic', 'text', (c) => c.notNull())
      .addColumn('legal_basis', 'text', (c) => c.notNull())
      .addColumn('period_from', 'text', (c) => c.notNull())
      .addColumn('period_to', 'text', (c) => c.notNull())
      .addColumn('chair', 'text', (c) => c.notNull())
      .addColumn('members', 'text', (c) => c.notNull())
      .addColumn('status', 'text', (c) => c.notNull())
      .addColumn('concluded_on', 'text')
      .addColumn('published_on', 'text', (c) => c.notNull())
      .addColumn('publication_basis', 'text', (c) => c.notNull())
      .addColumn('position', 'integer', (c) => c.notNull())
      .execute();
    await db.schema
      .createTable('public_recommendations')
      .ifNotExists()
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('delegation_id', 'text', (c) => c.notNull())
      .addColumn('text', 'text', (c) => c.notNull())
      .addColumn('addressee_name', 'text', (c) => c.notNull())
      .addColumn('issued_on', 'text', (c) => c.notNull())
      .addColumn('response_due_on', 'text', (c) => c.notNull())
      .addColumn('status', 'text', (c) => c.notNull())
      .addColumn('response_position', 'text')
      .addColumn('responded_on', 'text')
      .addColumn('response_text', 'text')
      .addColumn('closed_on', 'text')
      .addColumn('position', 'integer', (c) => c.notNull())
      .execute();
    await db.schema
      .createIndex('public_recommendations_by_delegation')
      .ifNotExists()
      .on('public_recommendations')
      .columns(['delegation_id', 'issued_on', 'id'])
      .execute();
  },

  async drop(db: ReadModelDb) {
    for (const table of ['public_recommendations', 'public_delegations'])
      await db.schema.dropTable(table).ifExists().execute();
  },

  async apply(trx: Trx, recorded: RecordedEvent) {
    const event = { type: recorded.type, data: recorded.data } as
      DelegationEvent | RecommendationEvent;
    const position = Number(recorded.position);
    switch (event.type) {
      case 'DelegationResultsPublished':
        return publish(trx, event.data, position);
      case 'DelegationPublicationWithdrawn':
        return withdraw(trx, event.data.delegationId);
      case 'DelegationConcluded':
        await trx
          .updateTable('public_delegations')
          .set({ status: 'concluded', concluded_on: event.data.concludedOn, position })
          .where('id', '=', event.data.delegationId)
          .execute();
        return;
      case 'DelegationEstablished':
      case 'WorkingGroupFormed':
      case 'SurveyRecorded':
      case 'FindingRecorded':
        return;
      default:
        return refreshRecommendation(trx, event.data.recommendationId, position);
    }
  },
};
