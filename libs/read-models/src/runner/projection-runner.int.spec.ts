import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomUUID } from 'node:crypto';
import { type SqliteEventStore, type Clock, type RecordedEvent } from '@hdnd/event-store';
import { tayNinhScenario, ids } from '@hdnd/testing';
import { collect, startApplication } from '@hdnd/testing/application-harness';
import { AgencyQueries } from '../agencies/agencies.queries';
import {
  fixedSource,
  openReadModelDatabase,
  type ReadModelDb,
} from '../database/read-model-database';
import { DelegationQueries } from '../delegations/delegations.queries';
import { ObstacleQueries } from '../obstacles/obstacles.queries';
import { RecommendationQueries } from '../recommendations/recommendations.queries';
import { PROJECTIONS } from '../projections';
import { ProjectionRunner } from './projection-runner';
import { dumpReadModels as dump } from '../verification/compare-read-models';

const clock: Clock = { now: () => new Date('2024-04-02T09:00:00Z') };

/** A succession of an agency nobody registered: the agencies projection cannot apply it. */
const poisonEvent = () => ({
  eventId: randomUUID(),
  type: 'AgencySuccessionRecorded',
  schemaVersion: 1,
  data: { agencyId: 'khong-co', successorId: ids.city, effectiveOn: '2025-07-01', basis: 'x' },
  metadata: {
    actor: { userId: 'x', username: 'x', role: 'system' },
    correlationId: 'c',
    causationId: 'c',
    command: 'Test',
  },
});

describe('ProjectionRunner on the Tây Ninh case', () => {
  let app: Awaited<ReturnType<typeof startApplication>>;
  let dir: string;
  let db: ReadModelDb;
  let runner: ProjectionRunner;

  beforeEach(async () => {
    app = await startApplication();
    for (const step of tayNinhScenario()) await app.submit(step);
    dir = mkdtempSync(join(tmpdir(), 'hdnd-rm-'));
    db = openReadModelDatabase(join(dir, 'read-models.sqlite'));
    runner = new ProjectionRunner(app.store, db, PROJECTIONS, clock);
    await runner.start();
    expect(await runner.waitFor(await app.store.headPosition(), 5000)).toBe(true);
  });
  afterEach(async () => {
    await runner.stop();
    await db.destroy();
    await app.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('builds the delegation with its groups, survey and findings', async () => {
    const delegation = await new DelegationQueries(fixedSource(db)).get(ids.delegation);
    expect(delegation).toMatchObject({
      legalBasis: { number: '135/NQ-HĐND', issuedOn: '2023-12-08' },
      chair: { name: 'Nguyễn Đài Thy' },
      status: 'established',
    });
    expect(delegation?.workingGroups.map((g) => g.number)).toEqual(['01', '02']);
    expect(delegation?.surveys).toMatchObject([
      {
        id: ids.survey,
        date: '2024-04-02',
        agencyIds: [ids.ward1, ids.city],
        workingGroupId: ids.group01,
      },
    ]);
    expect(delegation?.findings.find((f) => f.kind === 'achievement')?.indicators[0]).toMatchObject(
      { value: 84.72, outOf: 100, rank: 3, rankOf: 9, grade: 'Tốt' },
    );
    expect(delegation?.findings.find((f) => f.kind === 'obstacle')?.obstacleId).toBe(
      ids.vneidObstacle,
    );
  });

  it('tracks the recommendation from survey to government response', async () => {
    const queries = new RecommendationQueries(fixedSource(db), {
      now: () => new Date('2025-01-10T03:00:00Z'),
    });
    const view = await queries.get(ids.recommendation);
    expect(view).toMatchObject({
      status: 'accepted',
      tracks: { response: 'accepted', implementation: 'not-started', verification: 'unverified' },
      addressee: { original: ids.province, current: ids.province },
      responseDueOn: '2024-06-14',
      overdue: true,
      daysOverdue: 10,
      origin: {
        delegation: { id: ids.delegation, legalBasis: { number: '135/NQ-HĐND' } },
        surveys: [{ id: ids.survey, date: '2024-04-02' }],
        findings: [{ id: ids.vneidFinding, kind: 'obstacle' }],
      },
      responses: [
        { id: ids.response, agencyId: ids.province, position: 'accepted', assessment: null },
      ],
      commitments: [{ id: 'cam-ket-01', dueOn: '2024-12-31' }],
    });
    expect(view?.timeline.map((t) => t.type)).toEqual(['RecommendationIssued', 'ResponseRecorded']);
    expect((await queries.list({ overdue: true })).total).toBe(1);
    expect((await queries.list({ agencyId: ids.province })).total).toBe(1);
    expect((await queries.list({ status: 'accepted', delegationId: ids.delegation })).total).toBe(
      1,
    );
    expect((await queries.list({ status: 'awaiting-response' })).total).toBe(0);
    expect(
      (
        await new RecommendationQueries(fixedSource(db), {
          now: () => new Date('2024-12-31T03:00:00Z'),
        }).list({
          overdue: true,
        })
      ).total,
    ).toBe(0);
    expect(
      (await queries.list({ agencyId: ids.province, q: 'vneid' })).items.map((r) => r.id),
    ).toEqual([ids.recommendation]);
  });

  it('follows the obstacle from its finding to its resolution', async () => {
    expect(await new ObstacleQueries(fixedSource(db)).get(ids.vneidObstacle)).toMatchObject({
      status: 'resolved',
      sourceAgencyId: ids.city,
      responsibleAgencyId: ids.province,
      competence: 'province',
      resolution: { resolvedOn: '2024-12-20', evidence: [{ reference: '123/BC-UBND' }] },
    });
    expect(
      (await new ObstacleQueries(fixedSource(db)).list({ status: 'resolved', q: 'vneid' })).total,
    ).toBe(1);
  });

  it('finds agencies and delegations with or without diacritics', async () => {
    const agencies = new AgencyQueries(fixedSource(db), clock);
    expect((await agencies.list({ q: 'tay ninh' })).total).toBe(3);
    expect((await agencies.list({ q: 'tinh tay ninh' })).items.map((a) => a.id)).toEqual([
      ids.province,
    ]);
    expect(
      (await agencies.list({ q: 'THÀNH PHỐ TÂY NINH' })).items.map((a) => a.id).sort(),
    ).toEqual([ids.ward1, ids.city].sort());
    expect((await agencies.list({ q: 'Ủy ban' })).total).toBe(3);
    expect((await agencies.list({ q: 'phuong 1' })).items.map((a) => a.id)).toEqual([ids.ward1]);
    expect(
      (await new DelegationQueries(fixedSource(db)).list({ q: 'cai cach thu tuc hanh chinh' }))
        .total,
    ).toBe(1);
    expect((await new DelegationQueries(fixedSource(db)).list({ q: '135/nq-hdnd' })).total).toBe(1);
    // by a finding's statement: "VNeID mức độ 2", typed without diacritics
    expect(
      (await new DelegationQueries(fixedSource(db)).list({ q: 'vneid muc do 2' })).items.map(
        (d) => d.id,
      ),
    ).toEqual([ids.delegation]);
    expect(
      (await new DelegationQueries(fixedSource(db)).list({ q: 'khong co trong ho so' })).total,
    ).toBe(0);
  });

  it('continues from its checkpoint after a restart, applying each event once', async () => {
    const before = await dump(db);
    await runner.stop();
    await app.submit({
      aggregate: 'delegation',
      input: {
        type: 'ConcludeDelegation',
        data: {
          delegationId: ids.delegation,
          concludedOn: '2024-09-30',
          summary: 'Báo cáo kết quả giám sát',
        },
      },
    });
    runner = new ProjectionRunner(app.store, db, PROJECTIONS, clock);
    await runner.start();
    expect(await runner.waitFor(await app.store.headPosition(), 5000)).toBe(true);
    const after = await dump(db);
    expect(after.findings).toEqual(before.findings);
    expect((await new DelegationQueries(fixedSource(db)).get(ids.delegation))?.status).toBe(
      'concluded',
    );
  });

  it('gives the same rows when every event is applied twice (projections are idempotent)', async () => {
    const twiceDir = mkdtempSync(join(tmpdir(), 'hdnd-rm-twice-'));
    const twice = openReadModelDatabase(join(twiceDir, 'read-models.sqlite'));
    for (const projection of PROJECTIONS) await projection.migrate(twice);
    const events: RecordedEvent[] = await collect(app.store.readAll());
    for (const event of events) {
      for (const projection of PROJECTIONS) {
        if (!projection.handles.has(event.type)) continue;
        await twice.transaction().execute(async (trx) => {
          await projection.apply(trx, event);
          await projection.apply(trx, event);
        });
      }
    }
    expect(await dump(twice)).toEqual(await dump(db));
    await twice.destroy();
    rmSync(twiceDir, { recursive: true, force: true });
  });

  it('parks an event it cannot apply, reports degraded, and keeps going; other projections are untouched', async () => {
    const store = app.store as SqliteEventStore;
    const poison = poisonEvent();
    await store.append('agency-khong-co', [poison], { expectedRevision: 'any' });
    await app.submit({
      aggregate: 'delegation',
      input: {
        type: 'ConcludeDelegation',
        data: { delegationId: ids.delegation, concludedOn: '2024-09-30', summary: 'Báo cáo' },
      },
    });
    expect(await runner.waitFor(await app.store.headPosition(), 5000)).toBe(true);

    const statuses = Object.fromEntries(runner.statuses().map((s) => [s.name, s]));
    expect(statuses.agencies).toMatchObject({
      status: 'degraded',
      detail: expect.stringMatching(/parked: succession of agency khong-co/),
    });
    expect(statuses.delegations?.status).toBe('running');
    const parked = await db.selectFrom('parked_events').selectAll().execute();
    expect(parked).toMatchObject([
      { projection: 'agencies', event_id: poison.eventId, type: 'AgencySuccessionRecorded' },
    ]);
    expect((await new DelegationQueries(fixedSource(db)).get(ids.delegation))?.status).toBe(
      'concluded',
    );
  });

  it('parks a bad event met inside a batch alone: the events around it in that batch are applied once', async () => {
    await runner.stop();
    const before = await dump(db);
    const poison = poisonEvent();
    // Written while the runner is away, so that catch-up takes all three in one batch.
    await (app.store as SqliteEventStore).append('agency-khong-co', [poison], {
      expectedRevision: 'any',
    });
    await app.submit({
      aggregate: 'agency',
      input: {
        type: 'RegisterAgency',
        data: {
          agencyId: 'so-tttt',
          name: 'Sở Thông tin và Truyền thông',
          level: 'province',
          registeredOn: '2024-05-01',
        },
      },
    });
    await app.submit({
      aggregate: 'delegation',
      input: {
        type: 'ConcludeDelegation',
        data: { delegationId: ids.delegation, concludedOn: '2024-09-30', summary: 'Báo cáo' },
      },
    });
    runner = new ProjectionRunner(app.store, db, PROJECTIONS, clock);
    await runner.start();
    expect(await runner.waitFor(await app.store.headPosition(), 5000)).toBe(true);

    const parked = await db.selectFrom('parked_events').selectAll().execute();
    expect(parked).toMatchObject([{ projection: 'agencies', event_id: poison.eventId }]);
    const statuses = Object.fromEntries(runner.statuses().map((s) => [s.name, s.status]));
    expect(statuses).toMatchObject({ agencies: 'degraded', delegations: 'running' });
    // The agency registered after the bad event, in the same batch, is there, once.
    const agencies = new AgencyQueries(fixedSource(db), clock);
    expect((await agencies.get('so-tttt'))?.name).toBe('Sở Thông tin và Truyền thông');
    expect((await agencies.list({ page: 1, pageSize: 50 })).total).toBe(
      (before.agencies?.length ?? 0) + 1,
    );
    expect((await new DelegationQueries(fixedSource(db)).get(ids.delegation))?.status).toBe(
      'concluded',
    );
    const after = await dump(db);
    expect(after.findings).toEqual(before.findings);
    const checkpoints = await db.selectFrom('projection_checkpoints').selectAll().execute();
    const head = Number(await app.store.headPosition());
    // Every projection that took an event of the batch saved where the batch ended.
    expect(checkpoints.find((c) => c.projection === 'delegations')?.position).toBe(head);
    expect(checkpoints.find((c) => c.projection === 'agencies')?.position).toBeGreaterThanOrEqual(
      head - 1,
    );
  });
});
