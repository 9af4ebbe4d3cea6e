import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ids, tayNinhRequests } from '@hdnd/testing';
import { EsdbEmulator } from '@hdnd/testing/esdb-emulator';
import { startHttp, type HttpHarness } from '@hdnd/testing/http-harness';

const agency = {
  name: 'Ủy ban nhân dân phường Tân Ninh',
  level: 'commune',
  registeredOn: '2025-07-01',
};

/**
 * Idempotency-Key (docs/http-api.md): a retry answers the first answer and appends nothing, even after a
 * restart — on SQLite, and on EventStoreDB (through its emulator) without its event-id cache.
 */
describe.each(['SQLite', 'EventStoreDB emulator'])('Idempotency-Key on %s', (log) => {
  let app: HttpHarness;
  let emulator: EsdbEmulator | undefined;
  const dir = mkdtempSync(join(tmpdir(), 'hdnd-idem-'));
  const start = () =>
    startHttp({ dataDir: dir, ...(emulator && { eventStoreUrl: emulator.connectionString }) });

  beforeAll(async () => {
    if (log !== 'SQLite') emulator = await new EsdbEmulator().start(0);
    app = await start();
  });
  afterAll(async () => {
    await app.close();
    await emulator?.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  it('answers a retry with the first answer and appends nothing', async () => {
    const first = await app
      .http()
      .post('/api/agencies')
      .set('Idempotency-Key', 'dk-1')
      .send(agency)
      .expect(201);
    const head = await app.head();
    const retry = await app
      .http()
      .post('/api/agencies')
      .set('Idempotency-Key', 'dk-1')
      .send(agency)
      .expect(201);
    expect(retry.body).toEqual(first.body);
    expect(await app.head()).toBe(head);
  });

  it('refuses the same key with another body: 422, nothing appended', async () => {
    const head = await app.head();
    const res = await app
      .http()
      .post('/api/agencies')
      .set('Idempotency-Key', 'dk-1')
      .send({ ...agency, name: 'Khác' })
      .expect(422);
    expect(res.body).toMatchObject({ status: 422, code: 'idempotency-key-reused' });
    expect(res.headers['content-type']).toMatch(/application\/problem\+json/);
    expect(await app.head()).toBe(head);
  });

  it('gives concurrent duplicates one append and one answer', async () => {
    const head = await app.head();
    const answers = await Promise.all(
      Array.from({ length: 6 }, () =>
        app.http().post('/api/agencies').set('Idempotency-Key', 'dk-2').send(agency),
      ),
    );
    expect(new Set(answers.map((a) => a.status))).toEqual(new Set([201]));
    expect(new Set(answers.map((a) => JSON.stringify(a.body))).size).toBe(1);
    // One event more in the log (positions need not be consecutive: count, do not add).
    const appended: unknown[] = [];
    for await (const event of app.store.readAll({ fromPosition: head + 1n })) appended.push(event);
    expect(appended).toHaveLength(1);
  });

  it('answers the obstacle finding’s retry with the same obstacle, opening it once', async () => {
    for (const step of tayNinhRequests().slice(0, 7))
      await app.http().post(step.path).send(step.body).expect(step.status);
    const finding = {
      surveyId: ids.survey,
      agencyId: ids.city,
      kind: 'obstacle',
      statement: 'Nhiều phần mềm',
      recordedOn: '2024-04-02',
    };
    const path = `/api/delegations/${ids.delegation}/findings`;
    const first = await app
      .http()
      .post(path)
      .set('Idempotency-Key', 'dk-3')
      .send(finding)
      .expect(201);
    expect(first.body.obstacleId).toEqual(expect.any(String));
    const head = await app.head();
    const retry = await app
      .http()
      .post(path)
      .set('Idempotency-Key', 'dk-3')
      .send(finding)
      .expect(201);
    expect(retry.body).toEqual(first.body);
    expect(await app.head()).toBe(head);
  });

  it('keeps keys across a restart of the service', async () => {
    const first = await app
      .http()
      .post('/api/agencies')
      .set('Idempotency-Key', 'dk-4')
      .send(agency)
      .expect(201);
    await app.close();
    app = await start();
    const head = await app.head();
    const retry = await app
      .http()
      .post('/api/agencies')
      .set('Idempotency-Key', 'dk-4')
      .send(agency)
      .expect(201);
    expect(retry.body).toEqual(first.body);
    expect(await app.head()).toBe(head);
  });

  it('answers a key only to the caller who sent it: another’s same request is its own', async () => {
    const first = await app
      .http()
      .post('/api/agencies')
      .set('Idempotency-Key', 'dk-5')
      .send(agency)
      .expect(201);
    const other = await app.account({ username: 'thu-ky-khac', role: 'secretariat' });
    const head = await app.head();
    const theirs = await other
      .http()
      .post('/api/agencies')
      .set('Idempotency-Key', 'dk-5')
      .send(agency)
      .expect(201);
    expect(theirs.body.id).not.toBe(first.body.id);
    expect(await app.head()).toBeGreaterThan(head);
  });

  it('refuses a key that is not visible ASCII', async () => {
    await app.http().post('/api/agencies').set('Idempotency-Key', 'khóa').send(agency).expect(400);
  });
});
