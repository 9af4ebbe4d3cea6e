import type { RecordedEvent } from '@hdnd/event-store';
import { recommendationIssued } from '@hdnd/testing/recorded-recommendation-issued';
import {
  fixedSource,
  openReadModelDatabase,
  type ReadModelDb,
} from '../database/read-model-database';
import { migrateCheckpoints } from '../runner/checkpoints';
import { agenciesProjection } from '../agencies/agencies.projection';
import { handoversProjection } from '../handovers/handovers.projection';
import { recommendationsProjection } from './recommendations.projection';
import { RecommendationQueries, type RecommendationFilter } from './recommendations.queries';

const AGENCY = 'ubnd-tinh-tay-ninh';
let position = 0;

const issued = (id: string, responseDueOn: string): RecordedEvent =>
  recommendationIssued(position++, {
    recommendationId: id,
    addresseeAgencyId: AGENCY,
    text: `Kiến nghị ${id}`,
    issuedOn: '2024-04-10',
    responseDueOn,
  });

/** A later event on the same case, as the projection reads it. */
const then = (type: string, data: Record<string, unknown>): RecordedEvent => ({
  ...recommendationIssued(position++, {
    recommendationId: String(data.recommendationId),
    addresseeAgencyId: AGENCY,
    text: '',
    issuedOn: '2024-04-10',
    responseDueOn: '2024-06-01',
  }),
  revision: 1n,
  type,
  schemaVersion: 1,
  data,
});

const responded = (id: string, commitmentDueOn?: string) =>
  then('ResponseRecorded', {
    recommendationId: id,
    responseId: `${id}-tl`,
    agencyId: AGENCY,
    respondedOn: '2024-05-02',
    position: 'accepted',
    text: 'Tiếp thu',
    commitments: commitmentDueOn
      ? [{ commitmentId: `${id}-ck`, text: 'Hoàn thành', dueOn: commitmentDueOn }]
      : [],
  });

const assessed = (id: string) =>
  then('ResponseAssessed', {
    recommendationId: id,
    responseId: `${id}-tl`,
    assessedOn: '2024-05-03',
    verdict: 'satisfactory',
    note: '',
  });

/**
 * Today is 2024-05-10. Each case's name says where it stands:
 * - `late`: awaiting a response due 2024-05-06 (overdue);
 * - `soon`: awaiting a response due 2024-05-20;
 * - `far`: awaiting a response due 2024-08-01;
 * - `answered`: a response not yet assessed, its commitment due 2024-05-25;
 * - `committed`: response assessed, its commitment due 2024-05-15;
 * - `done`: completion reported (its commitment met), waiting for verification;
 * - `closed`: verified and closed, its response once due 2024-05-15.
 */
const LOG = [
  issued('late', '2024-05-06'),
  issued('soon', '2024-05-20'),
  issued('far', '2024-08-01'),
  issued('answered', '2024-05-01'),
  responded('answered', '2024-05-25'),
  issued('committed', '2024-05-01'),
  responded('committed', '2024-05-15'),
  assessed('committed'),
  issued('done', '2024-05-01'),
  responded('done', '2024-05-14'),
  assessed('done'),
  then('CompletionReported', {
    recommendationId: 'done',
    reportedOn: '2024-05-08',
    text: 'Đã xong',
    evidence: [],
  }),
  issued('closed', '2024-05-15'),
  then('RecommendationClosed', {
    recommendationId: 'closed',
    closedOn: '2024-05-09',
    outcome: 'no-longer-applicable',
    assessment: 'Không còn phù hợp',
    supervisionLaw: '87/2015/QH13',
  }),
];

describe('the tracker by deadline window and by what awaits the secretariat', () => {
  let db: ReadModelDb;
  let queries: RecommendationQueries;
  beforeAll(async () => {
    db = openReadModelDatabase(':memory:');
    await migrateCheckpoints(db);
    await recommendationsProjection.migrate(db);
    await agenciesProjection.migrate(db);
    await handoversProjection.migrate(db);
    await db.transaction().execute(async (trx) => {
      for (const event of LOG) await recommendationsProjection.apply(trx, event);
    });
    queries = new RecommendationQueries(fixedSource(db), {
      now: () => new Date('2024-05-10T03:00:00Z'),
    });
  });
  afterAll(() => db.destroy());

  const ids = async (filter: RecommendationFilter) => {
    const page = await queries.list({ ...filter, pageSize: 200 });
    expect(page.total).toBe(page.items.length);
    return page.items.map((i) => i.id).sort();
  };

  it('a window finds the cases with a deadline still to meet inside it, both ends included', async () => {
    expect(await ids({ dueAfter: '2024-05-10', dueBefore: '2024-05-24' })).toEqual([
      'committed',
      'soon',
    ]);
    expect(await ids({ dueAfter: '2024-05-15', dueBefore: '2024-05-15' })).toEqual(['committed']);
    expect(await ids({ dueAfter: '2024-05-10', dueBefore: '2024-05-25' })).toEqual([
      'answered',
      'committed',
      'soon',
    ]);
  });

  it('a bound alone is open on the other side; met, answered and closed deadlines do not count', async () => {
    // `answered` was due 2024-05-01 for its response, but it was answered: only its commitment counts.
    expect(await ids({ dueBefore: '2024-05-10' })).toEqual(['late']);
    expect(await ids({ dueAfter: '2024-06-01' })).toEqual(['far']);
    // `done`'s commitment was met by the completion; `closed` is closed.
    expect(await ids({ dueBefore: '2024-12-31' })).not.toContain('done');
    expect(await ids({ dueBefore: '2024-12-31' })).not.toContain('closed');
  });

  it('open, awaiting assessment and awaiting verification pick what the secretariat must act on', async () => {
    expect(await ids({ open: true })).toEqual([
      'answered',
      'committed',
      'done',
      'far',
      'late',
      'soon',
    ]);
    expect(await ids({ awaitingAssessment: true })).toEqual(['answered']);
    expect(await ids({ awaitingVerification: true })).toEqual(['done']);
    expect(await ids({ awaitingAssessment: true, dueBefore: '2024-05-20' })).toEqual([]);
  });

  it('each summary names its next deadline still to meet', async () => {
    const { items } = await queries.list({ pageSize: 200 });
    const next = Object.fromEntries(items.map((i) => [i.id, i.nextDueOn]));
    expect(next).toEqual({
      late: '2024-05-06',
      soon: '2024-05-20',
      far: '2024-08-01',
      answered: '2024-05-25',
      committed: '2024-05-15',
      done: null,
      closed: null,
    });
  });
});
