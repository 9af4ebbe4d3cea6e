import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Clock } from '@hdnd/event-store';
import { ids, tayNinhScenario } from '@hdnd/testing';
import { secretariat, startApplication } from '@hdnd/testing/application-harness';
import {
  fixedSource,
  openReadModelDatabase,
  type ReadModelDb,
} from '../database/read-model-database';
import { PROJECTIONS } from '../projections';
import type { Projection } from '../runner/projection';
import { ProjectionRunner } from '../runner/projection-runner';
import { publicProjection } from './public.projection';
import { PublicQueries } from './public.queries';

const clock: Clock = { now: () => new Date('2024-12-01T09:00:00Z') };
/** Written into everything that must never be public; searched for in every public row. */
const SENTINEL = 'BI-MAT-NOI-BO';
const other = 'dgs-chua-cong-khai';

const publicTables = ['public_delegations', 'public_recommendations'] as const;
const dumpPublic = async (db: ReadModelDb) =>
  Object.fromEntries(
    await Promise.all(
      publicTables.map(
        async (t) => [t, await db.selectFrom(t).selectAll().orderBy('id').execute()] as const,
      ),
    ),
  );

describe('the public read model', () => {
  let app: Awaited<ReturnType<typeof startApplication>>;
  const dirs: string[] = [];
  const dbs: ReadModelDb[] = [];

  const build = async (projections: readonly Projection[] = PROJECTIONS) => {
    const dir = mkdtempSync(join(tmpdir(), 'hdnd-public-'));
    const db = openReadModelDatabase(join(dir, 'read-models.sqlite'));
    dirs.push(dir);
    dbs.push(db);
    const runner = new ProjectionRunner(app.store, db, projections, clock);
    await runner.start();
    expect(await runner.waitFor(await app.store.headPosition(), 5000)).toBe(true);
    await runner.stop();
    return db;
  };
  const delegation = (input: object) => app.submit({ aggregate: 'delegation', input } as never);
  const publish = () =>
    delegation({
      type: 'PublishDelegationResults',
      data: { delegationId: ids.delegation, publishedOn: '2024-10-05', basis: 'Thông báo 12/TB' },
    });

  beforeEach(async () => {
    app = await startApplication();
    for (const step of tayNinhScenario()) await app.submit(step);
    // What is internal to the published delegation: a finding, an assessment's note, the
    // conclusion's summary, and the secretariat's own name on every event.
    await app.submit({
      aggregate: 'recommendation',
      input: {
        type: 'AssessResponse',
        data: {
          recommendationId: ids.recommendation,
          responseId: ids.response,
          assessedOn: '2024-06-20',
          verdict: 'satisfactory',
          note: `Ghi chú nội bộ ${SENTINEL}`,
        },
      },
    } as never);
    await delegation({
      type: 'RecordFinding',
      data: {
        delegationId: ids.delegation,
        findingId: 'kq-noi-bo',
        agencyId: ids.city,
        kind: 'limitation',
        statement: `Nhận xét nội bộ ${SENTINEL}`,
        recordedOn: '2024-05-01',
      },
    });
    // A delegation nobody published, with a recommendation of its own.
    await delegation({
      type: 'EstablishDelegation',
      data: {
        delegationId: other,
        title: `Đoàn chưa công khai ${SENTINEL}`,
        topic: `Chuyên đề ${SENTINEL}`,
        legalBasis: { number: '9/NQ-HĐND', issuedOn: '2024-01-05', issuedBy: 'HĐND tỉnh' },
        periodFrom: '2023-01-01',
        periodTo: '2023-12-31',
        chair: { name: `Ông ${SENTINEL}`, position: 'Trưởng ban' },
        members: [],
        supervisor: { body: 'committee', level: 'province', name: `Ban ${SENTINEL}` },
      },
    });
    await delegation({
      type: 'RecordFinding',
      data: {
        delegationId: other,
        findingId: 'kq-khac',
        agencyId: ids.city,
        kind: 'limitation',
        statement: `Tồn tại ${SENTINEL}`,
        recordedOn: '2024-02-01',
      },
    });
    await app.submit({
      aggregate: 'recommendation',
      input: {
        type: 'IssueRecommendation',
        data: {
          recommendationId: 'kn-chua-cong-khai',
          source: { kind: 'delegation', id: other },
          addresseeAgencyId: ids.city,
          text: `Kiến nghị ${SENTINEL}`,
          findingIds: ['kq-khac'],
          issuedOn: '2024-02-02',
          responseDueOn: '2024-03-02',
        },
      },
    } as never);
  });
  afterEach(async () => {
    for (const db of dbs.splice(0)) await db.destroy();
    for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
    await app.close();
  });

  it('holds nothing before a publication', async () => {
    const db = await build();
    expect(await dumpPublic(db)).toEqual({ public_delegations: [], public_recommendations: [] });
  });

  it('holds the published delegation’s public facts, and never an unpublished or internal text', async () => {
    await publish();
    await delegation({
      type: 'ConcludeDelegation',
      data: { delegationId: ids.delegation, concludedOn: '2024-10-06', summary: SENTINEL },
    });
    const db = await build();
    const rows = await dumpPublic(db);
    expect(rows.public_delegations?.map((d) => d.id)).toEqual([ids.delegation]);
    expect(rows.public_recommendations?.map((r) => r.id)).toEqual([ids.recommendation]);
    const text = JSON.stringify(rows);
    expect(text).not.toContain(SENTINEL);
    expect(text).not.toContain(secretariat.username);
    expect(text).not.toContain(secretariat.userId);

    const shown = await new PublicQueries(fixedSource(db)).get(ids.delegation);
    expect(shown).toMatchObject({
      status: 'concluded',
      publishedOn: '2024-10-05',
      chair: { name: 'Nguyễn Đài Thy' },
      recommendations: [
        {
          addressee: expect.stringContaining('Tây Ninh'),
          issuedOn: '2024-05-15',
          response: { position: 'accepted', respondedOn: '2024-06-10' },
        },
      ],
    });
    expect(await new PublicQueries(fixedSource(db)).get(other)).toBeUndefined();
  });

  it('follows a published case’s later steps, and drops the delegation on withdrawal', async () => {
    await publish();
    await app.submit({
      aggregate: 'recommendation',
      input: {
        type: 'ReportProgress',
        data: {
          recommendationId: ids.recommendation,
          reportedOn: '2024-07-01',
          text: `Tiến độ ${SENTINEL}`,
          percent: 40,
        },
      },
    } as never);
    const db = await build();
    const [row] = await db.selectFrom('public_recommendations').selectAll().execute();
    expect(row?.status).toBe('in-progress');
    expect(JSON.stringify(row)).not.toContain(SENTINEL);

    await delegation({
      type: 'WithdrawPublication',
      data: { delegationId: ids.delegation, withdrawnOn: '2024-10-07', reason: SENTINEL },
    });
    expect(await dumpPublic(await build())).toEqual({
      public_delegations: [],
      public_recommendations: [],
    });
  });

  it('is the same when rebuilt alone, after the tables it reads are at the head of the log', async () => {
    await publish();
    const whole = await build();
    const others = await build(PROJECTIONS.filter((p) => p !== publicProjection));
    const runner = new ProjectionRunner(app.store, others, [publicProjection], clock);
    await runner.start();
    expect(await runner.waitFor(await app.store.headPosition(), 5000)).toBe(true);
    await runner.stop();
    expect(await dumpPublic(others)).toEqual(await dumpPublic(whole));
  });
});
