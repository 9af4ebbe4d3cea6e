import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openEsdbEventStore, systemClock } from '@hdnd/event-store';
import {
  ActiveReadModels,
  openReadModelDatabase,
  PROJECTIONS,
  ProjectionRunner,
} from '@hdnd/read-models';
import { ids, tayNinhRequests } from '@hdnd/testing';
import { EsdbEmulator } from '@hdnd/testing/esdb-emulator';
import { startHttp, type HttpHarness } from '@hdnd/testing/http-harness';
import { dumpReadModels } from '@hdnd/read-models';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const finding = (n: number) => ({
  agencyId: ids.ward1,
  kind: 'limitation',
  statement: `Hồ sơ trễ hạn, đợt ${n}`,
  recordedOn: '2024-04-02',
});

/** EventStoreDB goes away and comes back: the api answers 503 meanwhile and recovers (docs/eventstoredb.md). */
describe('EventStoreDB down and back, through the emulator', () => {
  let emulator: EsdbEmulator;
  let app: HttpHarness;

  beforeAll(async () => {
    emulator = await new EsdbEmulator().start(0);
    app = await startHttp({ eventStoreUrl: emulator.connectionString });
    for (const step of tayNinhRequests()) await app.command(step.path, step.body, step.status);
  });
  afterAll(async () => {
    await app.close();
    await emulator.stop();
  });

  it('answers commands 503 with Retry-After within 2 s while it is down, /ready fails, then recovers by itself', async () => {
    await emulator.stop();
    const started = Date.now();
    const refused = await app
      .http()
      .post(`/api/delegations/${ids.delegation}/findings`)
      .send(finding(1));
    expect(Date.now() - started).toBeLessThan(2_000);
    expect(refused.status).toBe(503);
    expect(refused.headers['retry-after']).toBeDefined();
    expect(refused.headers['content-type']).toMatch(/^application\/problem\+json/);
    await app.anonymous().get('/ready').expect(503);

    await emulator.start();
    // The client reconnects on its own: within a few seconds commands land again.
    let status = 0;
    for (let attempt = 0; attempt < 50 && status !== 201; attempt++) {
      status = (
        await app.http().post(`/api/delegations/${ids.delegation}/findings`).send(finding(2))
      ).status;
      if (status !== 201) await sleep(100);
    }
    expect(status).toBe(201);
    await app.anonymous().get('/ready').expect(200);
  });

  it('resumes the projections after a drop during live delivery with no gap and no duplicate', async () => {
    // Live: commands while the projections follow; then the server drops mid-stream.
    for (let n = 0; n < 5; n++)
      await app.command(`/api/delegations/${ids.delegation}/findings`, finding(10 + n), 201);
    await emulator.stop();
    await sleep(300);
    await emulator.start();
    let last = 0;
    for (let n = 0; n < 5; n++) {
      let res = await app
        .http()
        .post(`/api/delegations/${ids.delegation}/findings`)
        .send(finding(20 + n));
      for (let attempt = 0; attempt < 50 && res.status !== 201; attempt++) {
        await sleep(100);
        res = await app
          .http()
          .post(`/api/delegations/${ids.delegation}/findings`)
          .send(finding(20 + n));
      }
      expect(res.status).toBe(201);
      last = res.body.position as number;
    }
    await app.http().get(`/api/delegations/${ids.delegation}?minPosition=${last}`).expect(200);

    // What the running service built equals a build from scratch over the same log.
    const dir = mkdtempSync(join(tmpdir(), 'hdnd-esdb-rebuild-'));
    const store = openEsdbEventStore({
      connectionString: emulator.connectionString,
      clock: systemClock,
    });
    const fresh = openReadModelDatabase(join(dir, 'rebuilt.sqlite'));
    const rebuild = new ProjectionRunner(store, fresh, PROJECTIONS, systemClock);
    try {
      await rebuild.start();
      expect(await rebuild.waitFor(BigInt(last), 30_000)).toBe(true);
      const live = await dumpReadModels(app.get(ActiveReadModels).generation.db);
      const rebuilt = await dumpReadModels(fresh);
      expect(live.findings).toHaveLength(rebuilt.findings!.length);
      expect(live).toEqual(rebuilt);
      const statements = (live.findings as { statement: string }[]).map((f) => f.statement);
      expect(new Set(statements).size).toBe(statements.length);
    } finally {
      await rebuild.stop();
      await fresh.destroy();
      await store.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
